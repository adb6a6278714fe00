'use strict';

// Seeded random rules for generate-vectors.js; regenerating gives the same cases.
module.exports = (add, setGroup) => {
  setGroup('random');
  // Seeded random rules over a fixed data object; regenerating gives the same cases.
  {
    let seed = 20240611;
    const rnd = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = (list) => list[Math.floor(rnd() * list.length)];
    const leaves = [0, 1, -1, 2, 0.5, -2.5, 1e21, 3, 10, '', '0', '1', '2', 'abc', ' 1 ', '12px', '0x10', '1e3',
      'hello', 'true', 'null', '-0', true, false, null, 'a', 'b'];
    const paths = ['a', 'b', 'c', 'c.0', 'c.5', 'd', 'd.e', 'd.k', 's', 's.length', 's.1', 'c.length', '', 'x',
      'f', 'g', 'h', 't', 'z', 0, 1, 'n', 'current', 'accumulator', 'objs.1.k'];
    const ops = ['==', '===', '!=', '!==', '>', '>=', '<', '<=', '!', '!!', 'or', 'and', 'if', '?:', '+', '-', '*',
      '/', '%', 'min', 'max', 'cat', 'substr', 'in', 'merge', 'var', 'missing', 'missing_some', 'map', 'filter',
      'reduce', 'all', 'none', 'some', 'log'];
    const scoped = ['map', 'filter', 'reduce', 'all', 'none', 'some'];
    const gen = (depth) => {
      const r = rnd();
      if (depth <= 0 || r < 0.3) return pick(leaves);
      if (r < 0.4) return rnd() < 0.5 ? { var: pick(paths) } : { var: [pick(paths), pick(leaves)] };
      if (r < 0.47) return Array.from({ length: Math.floor(rnd() * 4) }, () => gen(depth - 1));
      const op = pick(ops);
      if (scoped.includes(op)) {
        const args = [rnd() < 0.5 ? { var: pick(['c', 'h', 'list', 'objs', 's', 'x']) } : gen(depth - 1), gen(depth - 1)];
        if (op === 'reduce' && rnd() < 0.6) args.push(gen(depth - 1));
        return { [op]: args };
      }
      const args = Array.from({ length: Math.floor(rnd() * 5) }, () => gen(depth - 1));
      return rnd() < 0.15 && args.length === 1 ? { [op]: args[0] } : { [op]: args };
    };
    const data = { a: 1, b: '2', c: [1, 2, 3], d: { e: 'x', k: 2 }, s: 'hello', f: null, g: '', h: [], t: true,
      z: 0, n: -0.5, list: ['a', 'b', ''], objs: [{ e: 1, k: 'p' }, { e: 0, k: '' }] };
    const seen = new Set();
    while (seen.size < 1500) {
      const rule = gen(4);
      const key = JSON.stringify(rule);
      if (typeof rule === 'object' && rule !== null && !Array.isArray(rule) && !seen.has(key)) {
        seen.add(key);
        add(rule, data);
      }
    }
  }
};
