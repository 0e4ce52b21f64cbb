import { buildImagePdf, buildImagesPdf, pdfPageSize, pdfSlices, readPngSize } from './image-pdf';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('buildImagePdf', () => {
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);

  it('writes a one-page PDF that embeds the JPEG bytes unchanged', () => {
    const pdf = buildImagePdf(jpeg, 1920, 1080, '报修 map');
    const s = text(pdf);
    expect(s.startsWith('%PDF-1.4')).toBe(true);
    expect(s.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(s).toContain('/Type /Page ');
    expect(s).toContain('/MediaBox [0 0 1440 810]');
    expect(s).toContain('/Width 1920 /Height 1080');
    expect(s).toContain('/Filter /DCTDecode /Length 10');
    expect(Buffer.from(pdf).indexOf(Buffer.from(jpeg))).toBeGreaterThan(0);
    // Non-ASCII title characters are dropped from the PDF string rather than mis-encoded.
    expect(s).toContain('/Title (map)');
  });

  it('has a cross-reference table whose offsets point at the objects', () => {
    const pdf = buildImagePdf(jpeg, 100, 50);
    const s = text(pdf);
    const startxref = Number(/startxref\n(\d+)/.exec(s)![1]);
    expect(s.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...s.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(6);
    offsets.forEach((offset, i) => expect(s.slice(offset, offset + 8)).toBe(`${i + 1} 0 obj\n`));
  });

  it('keeps the page within the PDF size limit', () => {
    expect(pdfPageSize(96, 96)).toEqual({ width: 72, height: 72 });
    const big = pdfPageSize(40_000, 1_000);
    expect(big.width).toBeLessThanOrEqual(14_400);
    expect(big.height).toBeCloseTo(360, 0);
  });
});

describe('readPngSize', () => {
  it('reads width and height from the IHDR chunk', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000f00000002d00806000000', 'hex');
    expect(readPngSize(png)).toEqual({ width: 3840, height: 720 });
    expect(readPngSize(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});

describe('buildImagesPdf', () => {
  it('writes one page per image, each with its own image and size', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    const pdf = buildImagesPdf([
      { jpeg, width: 960, height: 480 },
      { jpeg, width: 480, height: 480 },
    ]);
    const s = text(pdf);
    expect(s).toContain('/Count 2');
    expect(s.match(/\/Type \/Page /g)).toHaveLength(2);
    expect(s).toContain('/MediaBox [0 0 720 360]');
    expect(s).toContain('/MediaBox [0 0 360 360]');
    const startxref = Number(/startxref\n(\d+)/.exec(s)![1]);
    const offsets = [...s.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(9);
    offsets.forEach((offset, i) => expect(s.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
  });
});

describe('pdfSlices', () => {
  it('cuts the track along column boundaries', () => {
    expect(pdfSlices(200 * 200, 200, 10)).toHaveLength(20);
    expect(pdfSlices(200 * 25, 200, 10)).toEqual([
      { x: 0, width: 2000 },
      { x: 2000, width: 2000 },
      { x: 4000, width: 1000 },
    ]);
    expect(pdfSlices(600, 200, 10)).toEqual([{ x: 0, width: 600 }]);
    expect(pdfSlices(0, 200, 10)).toEqual([{ x: 0, width: 0 }]);
  });
});
