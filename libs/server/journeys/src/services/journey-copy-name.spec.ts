import { defaultCopyName, JOURNEY_NAME_MAX } from './journey-copy-name';

describe('the default name of a journey copy', () => {
  it('speaks the workspace language', () => {
    expect(defaultCopyName('报修旅程', 'future', 'zh-CN')).toBe('报修旅程（未来旅程）');
    expect(defaultCopyName('报修旅程', 'current', 'zh-CN')).toBe('报修旅程（副本）');
    expect(defaultCopyName('Repair', 'future', 'en')).toBe('Repair (future state)');
    expect(defaultCopyName('Repair', 'current', 'en')).toBe('Repair (copy)');
    // A workspace without a language reads Chinese, as plugin content does.
    expect(defaultCopyName('报修', 'future', null)).toBe('报修（未来旅程）');
  });

  it('keeps a copy of a name at the limit within the limit, cutting whole characters', () => {
    const longest = '报'.repeat(JOURNEY_NAME_MAX);
    const zh = defaultCopyName(longest, 'future', 'zh-CN');
    expect([...zh]).toHaveLength(JOURNEY_NAME_MAX);
    expect(zh).toBe('报'.repeat(JOURNEY_NAME_MAX - 6) + '（未来旅程）');
    // Characters outside the BMP are not split in half.
    const emoji = defaultCopyName('😀'.repeat(JOURNEY_NAME_MAX), 'current', 'en');
    expect(emoji).toBe('😀'.repeat(JOURNEY_NAME_MAX - 7) + ' (copy)');
  });
});
