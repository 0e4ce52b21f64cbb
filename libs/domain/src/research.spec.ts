import { researchProgress, sniffEvidenceType } from './research';

describe('sniffEvidenceType', () => {
  it('reads the type from the first bytes, whatever the name or declared type', () => {
    expect(sniffEvidenceType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffEvidenceType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffEvidenceType(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(sniffEvidenceType(Buffer.from('%PDF-1.7'))).toBe('application/pdf');
  });

  it('refuses everything else, and prefixes too short to tell', () => {
    expect(sniffEvidenceType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffEvidenceType(Buffer.from('RIFF\x10\x00\x00\x00WAVE', 'latin1'))).toBeNull();
    expect(sniffEvidenceType(Uint8Array.from([0x89, 0x50, 0x4e]))).toBeNull();
    expect(sniffEvidenceType(new Uint8Array())).toBeNull();
  });
});

it('counts done steps out of seven', () => {
  expect(researchProgress(['done', 'in_progress', 'todo', 'done'])).toEqual({ done: 2, total: 7 });
});
