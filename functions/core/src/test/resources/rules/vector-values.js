'use strict';

// Shared literal values for the vector case files (see generate-vectors.js).

// Literal values used in coercion matrices. Maps with exactly one key would be operations,
// so object literals here have zero or two keys.
const MATRIX = [null, true, false, 0, 1, -1, 0.5, '', '0', '1', '1.0', ' 1 ', 'abc', 'true',
  'null', [], [0], [1], ['1'], [1, 2], [[]], {}, { a: 1, b: 2 }];
const SMALL = [null, true, false, 0, 1, 2, '', '0', '2', 'abc', [], [2], [1, 2], {}];
const NUMERIC_STRINGS = ['', ' ', ' 12 ', '\t\n 7 \n', '\u00a012\u00a0', '\ufeff5', '\u20285',
  '0x1A', '0X1a', '0b101', '0o17', '-0x10', '0x', '0xG', '1e3', '1E-3', '1e', '1e+', '.5', '5.',
  '+5', '-5', '-0', '+.5e1', 'Infinity', '-Infinity', '+Infinity', 'infinity', 'NaN', '12abc',
  '1_000', '1.2.3', '00012', '1e400', '-1e400', '4e-400', '0.1', '123456789012345678901234567890',
  '1,5', '5px', 'abc', '  -3.25e2xyz', '--1', '+-1', '.', '-.', 'e5', '.e5', '1.e5'];
const NUMBERS = [0, 1, -1, 1.5, -1.5, 0.1, 100, 1e20, 1e21, 1.5e21, 123456789012345680000,
  1e-6, 1e-7, 1.5e-7, 0.000001234, 5e-324, 1.7976931348623157e308, 9007199254740992,
  9007199254740993, 123.456, -0.000001, 4.35, 0.000123, 1e100, 2e-7, 1234567.125, 100000000000000000000,
  0.30000000000000004, 3.14159, 2.5e-5, 1e-5, 1e300, 7e22, 25e20];

module.exports = { MATRIX, SMALL, NUMERIC_STRINGS, NUMBERS };
