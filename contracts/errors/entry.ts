/** One error code's HTTP status and its messages in Vietnamese and English. */
export type ErrorEntry = { status: number; vi: string; en: string };
