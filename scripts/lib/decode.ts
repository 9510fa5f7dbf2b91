import { SeedError } from './errors.ts';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes → text with LF line ends. Only UTF-8 is accepted (a BOM is dropped);
 * anything else — GBK, Big5, UTF-16, binary — is refused with the reason,
 * because guessing an encoding would silently corrupt the record.
 */
export function decodeSeed(bytes: Uint8Array, file: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new SeedError(file, 'the file is UTF-16; save it as UTF-8');
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const line = new TextDecoder('utf-8').decode(bytes).split('\uFFFD')[0].split('\n').length;
    throw new SeedError(file, 'not valid UTF-8 (GBK, Big5, UTF-16 without a BOM, or binary?); save it as UTF-8', line);
  }
  const control = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    throw new SeedError(file, `control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')} (binary data?)`, line);
  }
  const normalized = text.replace(/\r\n?/g, '\n');
  if (normalized.trim() === '') throw new SeedError(file, 'the file has no text');
  return normalized;
}
