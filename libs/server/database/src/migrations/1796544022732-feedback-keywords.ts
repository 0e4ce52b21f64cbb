import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The keywords of a response's comment (DESIGN.md §3b text analytics): the segmented tokens worth
 * counting (jieba for Chinese, words for English; stop words, particles and punctuation dropped),
 * each once, stored when the response comes in so the dashboard's top and rising keywords count
 * stored arrays instead of segmenting comments on every read. Responses stored before this
 * migration keep an empty array (their topics and sentiment were already stored).
 */
export class FeedbackKeywords1796544022732 implements MigrationInterface {
  name = 'FeedbackKeywords1796544022732';

  async up(q: QueryRunner): Promise<void> {
    // On the partitioned parent: every monthly partition gets the column (a constant default, no rewrite).
    await q.query(`ALTER TABLE feedback_response ADD COLUMN keywords text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE feedback_response DROP COLUMN IF EXISTS keywords`);
  }
}
