import { serverTiming } from './bench-kit';

describe('serverTiming', () => {
  it("reads the API's own duration from a Server-Timing header, among other metrics", () => {
    expect(serverTiming('app;dur=12.34')).toBe(12.34);
    expect(serverTiming('db;dur=3, app;dur=7.5')).toBe(7.5);
  });

  it('is NaN without the header or without an app metric', () => {
    expect(serverTiming(null)).toBeNaN();
    expect(serverTiming('db;dur=3')).toBeNaN();
    expect(serverTiming('myapp;dur=3')).toBeNaN();
  });
});
