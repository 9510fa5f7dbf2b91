import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../scripts/lib/decode.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSeed', () => {
  it('drops a UTF-8 BOM and normalizes CRLF and CR line ends', () => {
    expect(decodeSeed(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('甲\r\n乙\r丙\n')]), 'a.txt')).toBe('甲\n乙\n丙\n');
  });

  it.each([
    ['GBK', bytes(0xc9, 0xcf, 0xba, 0xcf, 0x0a), /a\.txt:1: not valid UTF-8/],
    ['Big5 on line 2', Uint8Array.from([...utf8('第一行\n'), 0xa4, 0x57, 0xae, 0xfc]), /a\.txt:2: not valid UTF-8/],
    ['UTF-16 with BOM', bytes(0xff, 0xfe, 0x0a, 0x4e), /UTF-16/],
    ['UTF-16 without BOM', bytes(0x0a, 0x4e, 0x0a, 0x00), /control character U\+0000/],
    ['binary', bytes(0x00, 0x01, 0x02, 0x03), /control character/],
    ['an empty file', bytes(), /no text/],
    ['white space only', utf8(' \n\t\u3000\n'), /no text/],
  ])('refuses %s, naming the file', (_, input, message) => {
    expect(() => decodeSeed(input, 'a.txt')).toThrow(message);
  });
});
