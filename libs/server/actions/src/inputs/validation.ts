export const DAY = /^\d{4}-\d{2}-\d{2}$/;
