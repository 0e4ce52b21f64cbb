import iconv from 'iconv-lite';
import { detectEncoding, proposeMapping } from './feedback-import.service';

describe('CSV import helpers', () => {
  it('detects UTF-8 (with or without BOM) and takes anything else as GB18030', () => {
    const text = 'touchpointId,comment\r\nx,师傅很准时\r\n';
    expect(detectEncoding(Buffer.from(text, 'utf8'))).toBe('utf8');
    expect(detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe('utf8');
    expect(detectEncoding(iconv.encode(text, 'gbk'))).toBe('gb18030');
    // A sample cut inside a multi-byte character is still UTF-8.
    expect(detectEncoding(Buffer.from(text, 'utf8').subarray(0, Buffer.from(text, 'utf8').length - 4))).toBe('utf8');
  });

  it('maps headers named like fields (any case) and the given ones, and nothing else', () => {
    expect(proposeMapping(['TouchpointId', 'NPS', '意见', 'unknown'], { 意见: 'comment' })).toEqual({ TouchpointId: 'touchpointId', NPS: 'nps', 意见: 'comment' });
  });
});
