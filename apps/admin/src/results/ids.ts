const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a path segment can be an id at all (anything else is a 404 before any query). */
export const isId = (value: string): boolean => UUID.test(value);
