'use strict';

// Operator cases for generate-vectors.js: one group per operator family, compound rules,
// undefined propagation and rules the reference rejects.
const { MATRIX, SMALL } = require('./vector-values.js');

module.exports = (add, setGroup) => {
  setGroup('if');
  for (let n = 0; n <= 7; n++) {
    for (let mask = 0; mask < (1 << Math.ceil(n / 2)); mask++) {
      const args = [];
      for (let i = 0; i < n; i++) {
        args.push(i % 2 === 0 && i < n - 1 ? Boolean(mask & (1 << (i / 2))) : 'v' + i);
      }
      add({ if: args });
    }
  }
  add({ if: [] }); add({ if: [true] }); add({ if: [false] }); add({ if: ['apple'] }); add({ if: 'solo' });
  add({ if: [{ var: 'x' }, { cat: ['a', 'b'] }, { cat: ['c', 'd'] }] }, { x: true });
  add({ if: [{ var: 'x' }, { cat: ['a', 'b'] }, { cat: ['c', 'd'] }] }, { x: [] });
  add({ if: [{ '<': [{ var: 't' }, 0] }, 'freezing', { '<': [{ var: 't' }, 100] }, 'liquid', 'gas'] }, { t: -5 });
  add({ if: [{ '<': [{ var: 't' }, 0] }, 'freezing', { '<': [{ var: 't' }, 100] }, 'liquid', 'gas'] }, { t: 55 });
  add({ if: [{ '<': [{ var: 't' }, 0] }, 'freezing', { '<': [{ var: 't' }, 100] }, 'liquid', 'gas'] }, { t: 150 });
  add({ '?:': [true, 1, 2] }); add({ '?:': [false, 1, 2] }); add({ '?:': [[], 'y', 'n'] });
  add({ '?:': [false, 1, true, 2, 3] }); add({ '?:': [] }); add({ '?:': [0, 'a'] });
  add({ if: [{ missing: 'a' }, 'missed', 'found'] }, { a: 'apple' });
  add({ if: [{ missing: 'a' }, 'missed', 'found'] }, { b: 'banana' });

  setGroup('var');
  add({ var: 'a' }, { a: 1 }); add({ var: ['a'] }, { a: 1 }); add({ var: 'b' }, { a: 1 });
  add({ var: 'a' }, null); add({ var: ['a', 1] }, null); add({ var: ['b', 2] }, { a: 1 });
  add({ var: ['a', 2] }, { a: null }); add({ var: ['a', 2] }, { a: false }); add({ var: ['a', 2] }, { a: 0 });
  add({ var: ['a', 2] }, { a: '' }); add({ var: 'a.b' }, { a: { b: 'c' } }); add({ var: 'a.q' }, { a: { b: 'c' } });
  add({ var: ['a.q', 9] }, { a: { b: 'c' } }); add({ var: 'a.b.c' }, null); add({ var: 'a.b.c' }, { a: null });
  add({ var: 'a.b.c' }, { a: { b: null } }); add({ var: ['a.b.c', 'd'] }, { a: { b: null } });
  add({ var: ['a.b', 'd'] }, { a: { b: null } }); add({ var: 1 }, ['apple', 'banana']);
  add({ var: '1' }, ['apple', 'banana']); add({ var: 0 }, ['apple', 'banana']); add({ var: 2 }, ['apple', 'banana']);
  add({ var: '-1' }, ['apple', 'banana']); add({ var: '01' }, ['apple', 'banana']);
  add({ var: '1.1' }, ['apple', ['banana', 'beer']]); add({ var: 'a.0.b' }, { a: [{ b: 'first' }, { b: 'second' }] });
  add({ var: 'a.1.b' }, { a: [{ b: 'first' }, { b: 'second' }] }); add({ var: 'a.2.b' }, { a: [{ b: 'first' }] });
  add({ var: 'a.length' }, { a: [1, 2, 3] }); add({ var: 'a.length' }, { a: 'hello' }); add({ var: 'a.1' }, { a: 'hello' });
  add({ var: 'a.9' }, { a: 'hello' }); add({ var: 'a.b' }, { a: 'hello' }); add({ var: 'a.b' }, { a: 5 });
  add({ var: 'a.b' }, { a: true }); add({ var: 'a.b' }, { 'a.b': 1 }); add({ var: '' }, 1); add({ var: null }, 1);
  add({ var: [] }, 1); add({ var: '' }, { a: 1 }); add({ var: '' }, null); add({ var: [null, 5] }, null);
  add({ var: ['', 5] }, null); add({ var: '' }, [1, 2]); add({ var: true }, { true: 'yes' });
  add({ var: false }, { false: 'no' }); add({ var: 1.5 }, { 1: { 5: 'deep' } }); add({ var: 0 }, { 0: 'zero' });
  add({ var: 'x' }, { x: [1, { y: 2 }] }); add({ var: 'x' }, { x: { y: [1, 2] } }); add({ var: 'a..b' }, { a: { '': { b: 3 } } });
  add({ var: '.' }, { '': { '': 'dots' } }); add({ var: 'a.' }, { a: { '': 'trailing' } });
  add({ var: [{ '?:': [{ '<': [{ var: 'temp' }, 110] }, 'pie.filling', 'pie.eta'] }] },
    { temp: 100, pie: { filling: 'apple', eta: '60s' } });
  add({ var: [{ cat: ['a', '.', 'b'] }] }, { a: { b: 'built' } }); add({ var: ['missing', { var: 'fallback' }] }, { fallback: 'fb' });
  add({ var: ['x', [1, 2]] }, {}); add({ var: 'x' }, { x: 'line\nbreak\t"quoted"\\ \u00e9 \u20ac' });
  add({ var: 'n' }, { n: 1e21 }); add({ var: 'n' }, { n: -12.5e-3 }); add({ var: 'n' }, { n: 9007199254740993 });
  add({ var: 'ünï.κλειδί' }, { 'ünï': { 'κλειδί': 'unicode keys' } }); add({ var: 'a' }, 'abc'); add({ var: '0' }, 'abc');
  add({ var: 'a.b' }, { a: [] }); add({ var: ['a', 'b', 'c'] }, {}); add({ var: 'list.0' }, { list: [] });
  add({ and: [{ '<': [{ var: 'temp' }, 110] }, { '==': [{ var: 'pie.filling' }, 'apple'] }] },
    { temp: 100, pie: { filling: 'apple' } });

  setGroup('missing');
  add({ missing: [] }, null); add({ missing: ['a'] }, null); add({ missing: 'a' }, null); add({ missing: 'a' }, { a: 'apple' });
  add({ missing: ['a', 'b'] }, { a: 'apple' }); add({ missing: ['a', 'b'] }, { b: 'banana' });
  add({ missing: ['a', 'b'] }, { a: 'apple', b: 'banana' }); add({ missing: ['a', 'b'] }, {});
  add({ missing: ['a.b'] }, { a: 'apple' }); add({ missing: ['a.b'] }, { a: { b: 'brownie' } });
  add({ missing: ['a.b', 'a.c'] }, { a: { b: 'brownie' } }); add({ missing: ['a', 'b', 'c'] }, { a: 0, b: false, c: '' });
  add({ missing: ['a', 'b'] }, { a: null, b: [] }); add({ missing: [0, 1, 5] }, ['x', null]); add({ missing: [['a', 'b']] }, { a: 1 });
  add({ missing: { merge: ['vin', { if: [{ var: 'financing' }, ['apr'], []] }] } }, { financing: true });
  add({ missing: { merge: ['vin', { if: [{ var: 'financing' }, ['apr'], []] }] } }, { financing: false });
  add({ missing: { var: 'keys' } }, { keys: ['a', 'b'], a: 1 }); add({ missing: [['a'], 'b'] }, {});
  add({ missing: ['a', 'a'] }, {}); add({ missing: [1, 'x'] }, { x: 1 }); add({ missing: ['x'] }, { x: 'x' });
  add({ map: [{ var: 'rows' }, { missing: ['id', 'name'] }] }, { rows: [{ id: 1 }, { name: 'n' }, { id: 2, name: 'm' }] });

  setGroup('missing_some');
  add({ missing_some: [1, ['a', 'b']] }, { a: 'apple' }); add({ missing_some: [1, ['a', 'b']] }, { b: 'banana' });
  add({ missing_some: [1, ['a', 'b']] }, { c: 'carrot' }); add({ missing_some: [2, ['a', 'b', 'c']] }, { a: 1, b: 2 });
  add({ missing_some: [2, ['a', 'b', 'c']] }, { a: 1, d: 4 }); add({ missing_some: [2, ['a', 'b', 'c']] }, {});
  add({ missing_some: [0, ['a']] }, {}); add({ missing_some: [3, ['a', 'b']] }, { a: 1, b: 2 });
  add({ missing_some: ['1', ['a', 'b']] }, {}); add({ missing_some: ['1', ['a', 'b']] }, { b: 1 });
  add({ missing_some: [1, { var: 'opts' }] }, { opts: ['a', 'b'], b: 2 }); add({ missing_some: [1, 'abc'] }, {});
  add({ missing_some: [5, 'abc'] }, {}); add({ missing_some: [1, 5] }, {}); add({ missing_some: [1, []] }, {});
  add({ missing_some: [null, ['a']] }, {}); add({ missing_some: [1, ['a.b', 'c']] }, { a: { b: 1 } });
  add({ if: [{ missing_some: [1, ['phone', 'email']] }, 'need contact', 'ok'] }, { email: 'e@x' });
  add({ merge: [{ missing: ['first', 'last'] }, { missing_some: [1, ['cell', 'home']] }] }, { first: 'f' });

  setGroup('arithmetic');
  add({ '+': [1, 2] }); add({ '+': [2, 2, 2] }); add({ '+': [1] }); add({ '+': ['1', 1] }); add({ '+': [] });
  add({ '+': '3.5' }); add({ '+': ['3.5abc'] }); add({ '+': [0.1, 0.2] }); add({ '+': [1e308, 1e308] });
  add({ '+': [{ '-': [0] }] }); add({ '+': [{ '-': [0] }, { '-': [0] }] }); add({ '+': [{ var: 'a' }, { var: 'b' }] }, { a: 2, b: '3' });
  add({ '*': [3, 2] }); add({ '*': [2, 2, 2] }); add({ '*': [1] }); add({ '*': ['1', 1] }); add({ '*': ['abc'] });
  add({ '*': [[1, 2]] }); add({ '*': '5' }); add({ '*': [{ '-': [0] }, 5] }); add({ '*': ['-0', 5] });
  add({ '*': [-1, 0] }); add({ '*': [-1, 0, 3] }); add({ '*': ['2', '3', '4'] }); add({ '*': [0.1, 3] });
  add({ '-': [2, 3] }); add({ '-': [3] }); add({ '-': ['1', 1] }); add({ '-': [0] }); add({ '-': [] }); add({ '-': [null] });
  add({ '-': [''] }); add({ '-': ['abc'] }); add({ '-': [-0.5] }); add({ '-': ['  7  '] }); add({ '-': [5, 2, 1] });
  add({ '/': [4, 2] }); add({ '/': [2, 4] }); add({ '/': ['1', 1] }); add({ '/': [1, 0] }); add({ '/': [-1, 0] });
  add({ '/': [0, 0] }); add({ '/': [1] }); add({ '/': [1, 3] }); add({ '/': [-0, 1] }); add({ '/': [1, { '-': [0] }] });
  add({ '/': [1e-320, 1e10] }); add({ '%': [1, 2] }); add({ '%': [3, 2] }); add({ '%': [-5, 2] }); add({ '%': [5, -2] });
  add({ '%': [5.5, 2] }); add({ '%': [5, 0] }); add({ '%': [-1, 1] }); add({ '%': [{ '/': [1, 0] }, 2] });
  add({ '%': [5, { '/': [1, 0] }] }); add({ '%': [0.3, 0.1] }); add({ '%': ['7', '4'] }); add({ '%': [7] });
  add({ max: [1, 2, 3] }); add({ max: [1] }); add({ max: [] }); add({ min: [] }); add({ min: [3, 2, 1] });
  add({ max: ['3', 2] }); add({ max: [1, 'abc'] }); add({ max: [null, -1] }); add({ min: [[], 5] }); add({ max: [true, 0.5] });
  add({ min: [0, { '-': [0] }] }); add({ max: [{ '-': [0] }, 0] }); add({ min: [{ '-': [0] }] }); add({ max: [[7]] });
  add({ max: [{ var: 'a' }, { var: 'b' }] }, { a: 10, b: 20 }); add({ min: [1, { '/': [1, 0] }] });
  for (const op of ['+', '-', '*', '/', '%']) {
    for (const a of SMALL) for (const b of SMALL) add({ [op]: [a, b] });
  }
  for (const v of MATRIX) {
    add({ '+': [v] }); add({ '-': [v] }); add({ '*': [v, 1] }); add({ max: [v] }); add({ min: [v, 3] });
  }

  setGroup('cat');
  add({ cat: 'ice' }); add({ cat: ['ice'] }); add({ cat: ['ice', 'cream'] }); add({ cat: [1, 2] }); add({ cat: [] });
  add({ cat: ['Robocop', 2] }); add({ cat: [true, false, null] }); add({ cat: ['a', null, 'b'] });
  add({ cat: [[1, 2], [3]] }); add({ cat: [[]] }); add({ cat: [[null], [[]]] }); add({ cat: [{}] });
  add({ cat: [{ a: 1, b: 2 }, '!'] }); add({ cat: ['é', '😀', '\u0000'] }); add({ cat: [{ var: 'a' }, '-', { var: 'b' }] }, { a: 1, b: [1, 2] });
  add({ cat: [{ var: 'missing' }, 'x'] }, {}); add({ cat: [0.5, -0.5, 1e-7] }); add({ cat: [{ var: '' }] }, { a: 1 });
  for (const v of MATRIX) add({ cat: ['<', v, '>'] });

  setGroup('substr');
  add({ substr: ['jsonlogic', 4] }); add({ substr: ['jsonlogic', -5] }); add({ substr: ['jsonlogic', 1, 3] });
  add({ substr: ['jsonlogic', 4, -2] }); add({ substr: ['😀abc', 1] }); add({ substr: ['abc'] }); add({ substr: [] });
  add({ substr: [null, 0] }); add({ substr: [12345, 1, 2] }); add({ substr: [{ var: 'a' }, -3] }, { a: 'whatever' });
  for (const src of ['jsonlogic', '', 12345, true, ['ab', 'cd']]) {
    for (const start of [0, 2, -3, 20, -20, '1', null, 1.7, -1.7, 'x']) {
      for (const len of [undefined, 2, -2, 0, 100, -100, '2', '-1', null, 1.9, -1.9]) {
        add({ substr: len === undefined ? [src, start] : [src, start, len] });
      }
    }
  }

  setGroup('in');
  add({ in: ['Bart', ['Bart', 'Homer', 'Lisa']] }); add({ in: ['Milhouse', ['Bart', 'Homer']] });
  add({ in: ['Spring', 'Springfield'] }); add({ in: ['i', 'team'] }); add({ in: ['', ''] }); add({ in: ['', 'abc'] });
  add({ in: ['a', null] }); add({ in: ['a'] }); add({ in: [] }); add({ in: [1, [1, 2]] }); add({ in: ['1', [1, 2]] });
  add({ in: [1, '123'] }); add({ in: [null, 'is null'] }); add({ in: [null, [null]] }); add({ in: [[1], [[1]]] });
  add({ in: ['a', {}] }); add({ in: ['a', { a: 1, b: 2 }] }); add({ in: [1, 12] }); add({ in: [true, 'true'] });
  add({ in: [true, [1]] }); add({ in: [{ '/': [0, 0] }, [{ '/': [0, 0] }]] }); add({ in: [{ '-': [0] }, [0]] });
  add({ in: [{ var: 'x' }, { var: 'list' }] }, { x: 'b', list: ['a', 'b'] }); add({ in: ['a', []] });
  add({ in: ['😀', 'a😀b'] }); add({ in: [{ var: 'filling' }, ['apple', 'cherry']] }, { filling: 'apple' });
  add({ in: [{ var: 'o' }, [{ var: 'o' }]] }, { o: [1] }); add({ in: [[1, 2], '1,2,3'] });

  setGroup('merge');
  add({ merge: [] }); add({ merge: [[1]] }); add({ merge: [[1], []] }); add({ merge: [[1], [2], [3]] });
  add({ merge: [[1, 2], [3]] }); add({ merge: 1 }); add({ merge: [1, 2] }); add({ merge: [1, [2]] });
  add({ merge: [[1, [2, [3]]], [[4]]] }); add({ merge: [null, [null]] }); add({ merge: ['ab', ['cd']] });
  add({ merge: [{}, [{}]] }); add({ merge: [{ var: 'a' }, { var: 'b' }] }, { a: [1, 2], b: [3] });
  add({ merge: [{ var: 'a' }, { var: 'missing' }] }, { a: [1] }); add({ merge: [[[]], []] });
  add({ merge: [{ map: [[1, 2], { '*': [{ var: '' }, 10] }] }, 30] });

  setGroup('map-filter-reduce');
  const INTS = { integers: [1, 2, 3, 4, 5] };
  add({ map: [{ var: 'integers' }, { '*': [{ var: '' }, 2] }] }, INTS);
  add({ map: [{ var: 'integers' }, { '*': [{ var: '' }, 2] }] }, null);
  add({ map: [{ var: 'desserts' }, { var: 'qty' }] }, { desserts: [{ name: 'apple', qty: 1 }, { name: 'brownie', qty: 2 }] });
  add({ map: ['abc', { var: '' }] }); add({ map: [{ a: 1, b: 2 }, 1] }); add({ map: [] }); add({ map: [[1, 2]] });
  add({ map: [[1, 2], 'const'] }); add({ map: [[[1, 2], [3]], { merge: [{ var: '' }, 0] }] });
  add({ map: [{ var: 'rows' }, { map: [{ var: 'cells' }, { cat: ['<', { var: '' }, '>'] }] }] },
    { rows: [{ cells: [1, 2] }, { cells: [] }, {}] });
  add({ map: [[1, 2], { var: 'x' }] }, { x: 'outer' }); add({ map: [[{ x: 1, y: 0 }, { x: 2, y: 0 }], { var: 'x' }] }, { x: 'outer' });
  add({ filter: [{ var: 'integers' }, true] }, INTS); add({ filter: [{ var: 'integers' }, false] }, INTS);
  add({ filter: [{ var: 'integers' }, { '>=': [{ var: '' }, 2] }] }, INTS);
  add({ filter: [{ var: 'integers' }, { '%': [{ var: '' }, 2] }] }, INTS);
  add({ filter: [[0, 1, '', 'a', [], [0], null, {}], { var: '' }] }); add({ filter: ['abc', true] }); add({ filter: [] });
  add({ filter: [[1, 2, 3]] }); add({ filter: [{ var: 'people' }, { in: ['admin', { var: 'roles' }] }] },
    { people: [{ n: 'a', roles: ['admin'] }, { n: 'b', roles: [] }, { n: 'c' }] });
  add({ map: [{ filter: [{ var: 'people' }, { '>=': [{ var: 'age' }, 18] }] }, { var: 'name' }] },
    { people: [{ name: 'Ann', age: 30 }, { name: 'Bob', age: 12 }, { name: 'Cy', age: 18 }] });
  const SUM = { '+': [{ var: 'current' }, { var: 'accumulator' }] };
  add({ reduce: [{ var: 'integers' }, SUM, 0] }, INTS); add({ reduce: [{ var: 'integers' }, SUM, 0] }, null);
  add({ reduce: [{ var: 'integers' }, SUM] }, INTS); add({ reduce: [{ var: 'integers' }, SUM, 10] }, INTS);
  add({ reduce: [{ var: 'integers' }, { '*': [{ var: 'current' }, { var: 'accumulator' }] }, 1] }, INTS);
  add({ reduce: [{ var: 'integers' }, { '*': [{ var: 'current' }, { var: 'accumulator' }] }, 0] }, INTS);
  add({ reduce: [{ var: 'desserts' }, { '+': [{ var: 'accumulator' }, { var: 'current.qty' }] }, 0] },
    { desserts: [{ qty: 1 }, { qty: 2 }, { qty: 3 }] });
  add({ reduce: [[], SUM, { var: 'init' }] }, { init: 42 }); add({ reduce: [{ var: 'nope' }, SUM, 7] }, {});
  add({ reduce: [{ var: 'nope' }, SUM] }, {}); add({ reduce: ['abc', SUM, 'init'] });
  add({ reduce: [[[1, 2], [3], [[4]]], { merge: [{ var: 'accumulator' }, { var: 'current' }] }, []] });
  add({ reduce: [[1, 2, 3], { var: 'accumulator' }] }); add({ reduce: [[1, 2], { var: '' }, 0] });
  add({ reduce: [['a', 'b', 'c'], { cat: [{ var: 'accumulator' }, { var: 'current' }] }, ''] });
  add({ reduce: [[3, 9, 4], { max: [{ var: 'accumulator' }, { var: 'current' }] }, { '/': [-1, 0] }] });
  add({ reduce: [{ var: 'items' }, { if: [{ var: 'current.ok' }, { '+': [{ var: 'accumulator' }, 1] }, { var: 'accumulator' }] }, 0] },
    { items: [{ ok: true }, { ok: false }, { ok: 1 }] });
  add({ reduce: [[1, 2, 3], { map: [[1], { var: 'current' }] }, 0] });

  setGroup('all-none-some');
  const QTY = { items: [{ qty: 1, sku: 'apple' }, { qty: 2, sku: 'banana' }] };
  for (const op of ['all', 'none', 'some']) {
    add({ [op]: [{ var: 'integers' }, { '>=': [{ var: '' }, 1] }] }, INTS);
    add({ [op]: [{ var: 'integers' }, { '==': [{ var: '' }, 1] }] }, INTS);
    add({ [op]: [{ var: 'integers' }, { '<': [{ var: '' }, 1] }] }, INTS);
    add({ [op]: [{ var: 'integers' }, { '<': [{ var: '' }, 1] }] }, { integers: [] });
    add({ [op]: [{ var: 'items' }, { '>=': [{ var: 'qty' }, 1] }] }, QTY);
    add({ [op]: [{ var: 'items' }, { '>': [{ var: 'qty' }, 1] }] }, QTY);
    add({ [op]: [{ var: 'items' }, { '<': [{ var: 'qty' }, 1] }] }, QTY);
    add({ [op]: [{ var: 'items' }, { '>=': [{ var: 'qty' }, 1] }] }, { items: [] });
    add({ [op]: [{ var: 'nope' }, true] }, {}); add({ [op]: ['abc', true] }); add({ [op]: [] });
    add({ [op]: [[0, 1], { var: '' }] }); add({ [op]: [[[], [1]], { var: '' }] }); add({ [op]: [[1, 2]] });
    add({ [op]: [[{ id: 1, tags: ['x'] }, { id: 2, tags: [] }], { var: 'tags' }] });
    add({ [op]: [{ var: 'groups' }, { [op]: [{ var: '' }, { '>': [{ var: '' }, 0] }] }] }, { groups: [[1, 2], [3], [-1]] });
  }

  setGroup('log');
  add({ log: 'apple' }); add({ log: [1, 2] }); add({ log: [[1, 2]] }); add({ log: { var: 'a' } }, { a: { b: [1] } });
  add({ log: [] }); add({ '+': [{ log: 1 }, 2] });

  setGroup('compound');
  add({ and: [{ '>': [3, 1] }, true] }); add({ and: [{ '>': [3, 1] }, { '!': true }] });
  add({ '?:': [{ '>': [3, 1] }, 'visible', 'hidden'] });
  add({ if: [{ and: [{ '>=': [{ var: 'age' }, 18] }, { in: [{ var: 'country' }, ['NL', 'BE']] }] }, 'eligible', 'not eligible'] },
    { age: 21, country: 'NL' });
  add({ if: [{ and: [{ '>=': [{ var: 'age' }, 18] }, { in: [{ var: 'country' }, ['NL', 'BE']] }] }, 'eligible', 'not eligible'] },
    { age: '17', country: 'NL' });
  add({ '<=': [0, { reduce: [{ var: 'cart' }, { '+': [{ var: 'accumulator' }, { '*': [{ var: 'current.price' }, { var: 'current.qty' }] }] }, 0] }, 100] },
    { cart: [{ price: 9.99, qty: 3 }, { price: '20', qty: 2 }] });
  add({ cat: ['Hello, ', { substr: [{ var: 'name' }, 0, 1] }, '. ', { var: ['title', 'guest'] }] }, { name: 'ada' });
  add({ some: [{ var: 'orders' }, { and: [{ '==': [{ var: 'status' }, 'paid'] }, { '>': [{ var: 'total' }, 50] }] }] },
    { orders: [{ status: 'paid', total: 20 }, { status: 'paid', total: '75.5' }] });
  add({ map: [{ var: 'xs' }, { if: [{ '%': [{ var: '' }, 15] }, { if: [{ '%': [{ var: '' }, 5] }, { if: [{ '%': [{ var: '' }, 3] }, { var: '' }, 'Fizz'] }, 'Buzz'] }, 'FizzBuzz'] }] },
    { xs: [1, 3, 5, 15, 16] });

  setGroup('undefined');
  // json-logic-js produces undefined for {"and": []}, {"or": []} and {"log": []}; it then flows on.
  add({ and: [] }); add({ or: [] }); add([{ and: [] }, 1]); add({ '-': [0, { and: [] }] }); add({ substr: { or: [] } });
  add({ '===': [{ and: [] }, null] }); add({ '==': [{ and: [] }, null] }); add({ '===': [{ and: [] }, { or: [] }] });
  add({ substr: ['abc', 1, { and: [] }] }); add({ substr: ['abc', 1, null] }); add({ map: [[1, 2]] });
  add({ merge: [{ and: [] }, [1]] }); add({ missing: [{ and: [] }] }); add({ missing: [{ and: [] }] }, { a: 1 });
  add({ reduce: [[1], { var: '' }, { and: [] }] }); add({ reduce: [[1, 2], { var: ['accumulator', 'dflt'] }, { and: [] }] });
  add({ reduce: [{ var: 'nope' }, { var: '' }, { and: [] }] }, {}); add({ var: ['x', { and: [] }] }, {});
  add({ var: { and: [] } }, { a: 1 }); add({ cat: [{ and: [] }, 'x'] }); add({ '*': [{ and: [] }] });
  add({ if: [true, { or: [] }, 1] }); add({ in: [{ and: [] }, [null]] }); add({ in: [{ and: [] }, 'is undefined'] });
  add({ '<': [1, 2, { and: [] }] }); add({ '<=': [3, 2, { and: [] }] }); add({ '+': [{ and: [] }] });
  add({ '!': [{ or: [] }] }); add({ max: [1, { and: [] }] }); add({ log: [] }); add({ map: [[1], { log: [] }] });
  add({ filter: [[1, 2], { and: [] }] }); add({ some: [[1], { or: [] }] }); add({ missing_some: [{ and: [] }, ['a']] });
  add({ cat: [[1, { and: [] }, 2]] }); add({ '==': [[{ and: [] }], ''] });

  setGroup('throws');
  add({ foo: 1 }); add({ 'bar': [] }); add({ if: [{ nope: [] }, 1, 2] }); add({ 'var.x': 1 }, { x: 1 });
  add({ '': 1 }); add({ '*': [] }); add({ missing_some: [1] }); add({ missing_some: [] }); add({ missing_some: [1, null] });
  add({ missing_some: [1, { var: 'nope' }] }, {}); add({ '==': [{ a: 1 }, 1] }); add({ and: [true, { nope: 1 }] });
  add({ map: [[1, 2], { nope: 1 }] }); add({ cat: ['a', { nothing: [] }] }); add({ toString: [] }); add({ hasOwnProperty: 'x' });
  add({ Var: 'a' }, { a: 1 }); add({ 'AND': [true] }); add([1, { nope: 2 }]); add({ merge: [[{ nope: 1 }]] });
  // A one-key object inside an array literal is an operation too, so these fail as unknown operators.
  add({ map: [[{ x: 1 }, { x: 2 }], { var: 'x' }] }, { x: 'outer' }); add({ all: [[{ tags: ['x'] }], { var: 'tags' }] });
};
