import { isLaneImage, laneItemsIssues, laneItemsText, laneValuesIssues, LANE_IMAGE_MAX_LENGTH } from './custom-lanes';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

describe('image lanes', () => {
  it('accept PNG, JPEG and WebP pictures as base64 data: URLs, nothing else', () => {
    expect(isLaneImage(PNG)).toBe(true);
    expect(isLaneImage('data:image/jpeg;base64,/9j/4AAQ')).toBe(true);
    expect(isLaneImage('data:image/webp;base64,UklGRg==')).toBe(true);
    expect(isLaneImage('data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=')).toBe(false);
    expect(isLaneImage('data:image/png,<svg>')).toBe(false);
    expect(isLaneImage('https://example.test/a.png')).toBe(false);
    expect(isLaneImage('截图')).toBe(false);
    // 500 000 characters is the limit: one more is refused.
    const body = 'A'.repeat(LANE_IMAGE_MAX_LENGTH - 'data:image/png;base64,'.length);
    expect(isLaneImage(`data:image/png;base64,${body}`)).toBe(true);
    expect(isLaneImage(`data:image/png;base64,${body}A`)).toBe(false);
  });

  it('name each refused item by its index; text lanes keep their 500-character limit', () => {
    expect(laneItemsIssues([PNG, 'text'], 'items', 'image')).toEqual([{ field: 'items[1]', message: expect.stringContaining('picture') }]);
    expect(laneItemsIssues([PNG, PNG, PNG, PNG, PNG], 'items', 'image')).toEqual([{ field: 'items', message: 'must have at most 4 items' }]);
    expect(laneItemsIssues([PNG], 'items', 'text')).toEqual([]);
    expect(laneItemsIssues(['x'.repeat(501)], 'items', 'text')).toEqual([{ field: 'items[0]', message: 'must be at most 500 characters' }]);
    expect(laneValuesIssues({ shots: ['x'], notes: ['x'] }, new Map([['shots', 'image'], ['notes', 'text']] as const))).toEqual([{ field: 'laneValues.shots[0]', message: expect.stringContaining('picture') }]);
  });

  it('history text counts pictures instead of printing them', () => {
    expect(laneItemsText([PNG, '首页截图', PNG])).toBe('首页截图; 2 images');
    expect(laneItemsText([PNG])).toBe('1 image');
    expect(laneItemsText(['a', 'b'])).toBe('a; b');
  });
});
