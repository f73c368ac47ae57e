import { z } from 'zod';
import { isFullIsoDate } from '../domain/partial-date';

/** The largest article text accepted, in bytes of UTF-8. */
export const MAX_ARTICLE_BYTES = 1_000_000;

/** An article as clients send it (GraphQL `ArticleInput`, a JSONL record, a .txt with .meta.json). */
export const articleInputSchema = z.object({
  text: z
    .string({ error: 'text is required' })
    .refine((t) => t.trim().length > 0, 'text is empty')
    .refine((t) => Buffer.byteLength(t, 'utf8') <= MAX_ARTICLE_BYTES, `text is over ${MAX_ARTICLE_BYTES} bytes (1 MB)`),
  url: z.string().trim().min(1, 'url is empty').max(2048, 'url is over 2048 characters').nullish(),
  title: z.string().max(1000, 'title is over 1000 characters').nullish(),
  publishedAt: z
    .string()
    .refine(isFullIsoDate, 'publishedAt must be a calendar date written YYYY-MM-DD')
    .nullish(),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

/** Bad input: a value, not a crash. `message` says what is wrong. */
export class InvalidArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidArticleError';
  }
}

/** Checks an article; throws InvalidArticleError naming every problem. */
export function parseArticleInput(raw: unknown): ArticleInput {
  const r = articleInputSchema.safeParse(raw);
  if (r.success) return r.data;
  const problems = r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  throw new InvalidArticleError(`invalid article: ${problems.join('; ')}`);
}
