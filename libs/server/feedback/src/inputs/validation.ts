/** Validation patterns shared by the feedback inputs. */
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
