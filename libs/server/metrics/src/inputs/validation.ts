/** Validation patterns shared by the metrics inputs. */
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
