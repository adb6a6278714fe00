'use strict';

// Coercion-heavy cases for generate-vectors.js: literals, equality, ordering, truthiness,
// and/or, ToNumber of strings and JavaScript number formatting.
const { MATRIX, SMALL, NUMERIC_STRINGS, NUMBERS } = require('./vector-values.js');

module.exports = (add, setGroup) => {
  setGroup('literals');
  [true, false, 17, 3.14, 'apple', '', null, [], ['a', 'b'], [1, [2, [3]]], {}, { a: 1, b: 2 },
    { a: { var: 'x' }, b: 2 }].forEach((v) => add(v, {}));
  add([{ var: 'a' }, { var: 'b' }, 3], { a: 1, b: 'two' });
  add([[{ var: 'a' }], { '+': [1, 2] }], { a: [5] });
  add({ a: [{ var: 'x' }], b: [] }, { x: 1 });

  setGroup('equality');
  add({ '==': [1, 1] }); add({ '==': [1, '1'] }); add({ '==': [1, 2] }); add({ '==': [] });
  add({ '==': [null] }); add({ '==': [0] }); add({ '===': [] }); add({ '===': [null] });
  add({ '!=': [1, '1'] }); add({ '!=': [1, 2] }); add({ '!=': [null] }); add({ '!==': [1, '1'] });
  add({ '!==': [1, 1] }); add({ '!==': [null] }); add({ '==': [{ var: 'a' }, { var: 'a' }] }, { a: [1] });
  add({ '===': [{ var: '' }, { var: '' }] }, { a: 1 }); add({ '==': [{ var: 'a' }, { var: 'b' }] }, { a: [1], b: [1] });
  add({ '==': [{ var: 'a' }, 1] }, { a: 1.0 }); add({ '===': [{ '+': ['1'] }, 1] });
  add({ '==': [{ '/': [0, 0] }, { '/': [0, 0] }] }); add({ '==': [{ '-': [0] }, 0] });
  add({ '===': [{ '-': [0] }, 0] }); add({ '==': [{ var: 'x' }, null] }, {});
  add({ '==': [{ var: 'x' }, 0] }, {}); add({ '==': ['Infinity', { '/': [1, 0] }] });
  add({ '==': [{ merge: [] }, ''] }); add({ '==': [[1, [2, 3]], '1,2,3'] });
  add({ '==': [{ a: 1, b: 2 }, '[object Object]'] }); add({ '!=': [{ var: 'a' }, 'x'] }, { a: 'x' });
  for (const op of ['==', '===']) {
    for (const a of MATRIX) for (const b of MATRIX) add({ [op]: [a, b] });
  }
  for (const op of ['!=', '!==']) {
    for (const a of SMALL) for (const b of SMALL) add({ [op]: [a, b] });
  }

  setGroup('relational');
  add({ '>': [2, 1] }); add({ '>': ['2', 1] }); add({ '>=': [1, 1] }); add({ '<': ['1', 2] });
  add({ '<': ['10', '9'] }); add({ '<': [10, '9'] }); add({ '>': ['b', 'a'] }); add({ '<': ['B', 'a'] });
  add({ '<': ['abc', 'abd'] }); add({ '<': ['', 'a'] }); add({ '<=': ['a', 'a'] }); add({ '>': [[10], [9]] });
  add({ '>': [[10], 9] }); add({ '<': [null, 1] }); add({ '<': [{ var: 'x' }, 1] }, {});
  add({ '>': [1] }); add({ '<': [] }); add({ '<=': [null, null] }); add({ '>=': [null, 0] });
  add({ '<': [{ '/': [1, 0] }, 1e308] }); add({ '>': [{ '/': [1, 0] }, 1e308] });
  add({ '<': [{ '/': [0, 0] }, 1] }); add({ '>=': [{ '/': [0, 0] }, { '/': [0, 0] }] });
  add({ '<': [{ '-': [0] }, 0] }); add({ '<=': [{ '-': [0] }, 0] }); add({ '>': [3, 2, 1] });
  add({ '<': ['é', 'z'] }); add({ '<': ['😀', '\uffff'] });
  for (const op of ['<', '<=', '>', '>=']) {
    for (const a of SMALL) for (const b of SMALL) add({ [op]: [a, b] });
  }

  setGroup('between');
  for (const op of ['<', '<=']) {
    for (const mid of [0, 1, 2, 3, 4, 1.5, '2', null, 'x']) add({ [op]: [1, mid, 3] });
    add({ [op]: [1, { var: 'x' }, 3] }, { x: 2 }); add({ [op]: [1, { var: 'x' }, 3] }, { x: 3 });
    add({ [op]: [1, 2, null] }); add({ [op]: [3, 2, 1] }); add({ [op]: [1, 1, 1] }); add({ [op]: [0, 1, '2'] });
    add({ [op]: ['a', 'b', 'c'] }); add({ [op]: [1, 2, 3, 0] });
  }

  setGroup('truthiness');
  const TRUTHY_PROBES = MATRIX.concat([-0.0001, 'false', ' ', [[]], [null], [false], { var: 'x' }]);
  for (const v of TRUTHY_PROBES) {
    add({ '!!': [v] }, { x: 0 }); add({ '!': [v] }, { x: 0 }); add({ if: [v, 'yes', 'no'] }, { x: 0 });
  }
  add({ '!': [] }); add({ '!!': [] }); add({ '!': {} }); add({ '!!': [{ '/': [0, 0] }] });
  add({ '!': [[], 1] }); add({ '!!': [{ '-': [0] }] }); add({ '!': { var: 'list' } }, { list: [] });
  add({ '!!': { var: 'list' } }, { list: [0] });

  setGroup('and-or');
  const LOGIC_PROBES = [true, false, 0, 1, '', 'a', '0', [], [0], null];
  for (const a of LOGIC_PROBES) {
    for (const b of LOGIC_PROBES) { add({ and: [a, b] }); add({ or: [a, b] }); }
  }
  add({ and: [] }); add({ or: [] }); add({ and: [true] }); add({ or: [false] }); add({ and: 5 });
  add({ or: [false, 0, '', null, []] }); add({ and: [1, 'a', [1], { a: 1, b: 2 }] });
  add({ and: [true, { var: 'a' }, { var: 'b' }] }, { a: 1, b: 'x' });
  add({ or: [{ var: 'a' }, { var: 'b' }, 'fallback'] }, { a: '', b: 0 });
  add({ and: [{ '>': [3, 1] }, { '<': [1, 3] }] }); add({ or: [{ '>': [1, 3] }, { '!': [true] }] });
  add({ and: [true, { missing: ['a'] }] }, {}); add({ or: [{ missing: ['a'] }, 'ok'] }, { a: 1 });

  setGroup('to-number');
  for (const s of NUMERIC_STRINGS) {
    add({ '-': [s, 0] }); add({ '+': [s] }); add({ '==': [s, 0] }); add({ '<': [s, 10] });
  }

  setGroup('number-format');
  for (const n of NUMBERS) { add({ cat: [n] }); add({ cat: [-n] }); }
  add({ cat: [{ '/': [1, 3] }] }); add({ cat: [{ '/': [2, 3] }] }); add({ cat: [{ '/': [1, 0] }] });
  add({ cat: [{ '/': [0, 0] }] }); add({ cat: [{ '-': [0] }] }); add({ cat: [{ '*': [1e20, 10] }] });
  add({ cat: [{ '+': [0.1, 0.2] }] }); add({ cat: [{ '/': [1, 1024] }] }); add({ cat: [{ '*': [2, 0.5] }] });
  add({ cat: [[1.5, 2e21, null, [3, [4]]]] }); add({ in: ['1.5', [1.5]] }); add({ in: [1.5, '1.5'] });
};
