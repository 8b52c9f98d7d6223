/** A gold file (../shared/corpus/ANNOTATION.md). */
export interface GoldEvent {
  type: string;
  participants: string[];
  date: string | null;
  location: string | null;
  status: string;
  salience: string;
  evidence?: string;
}

export interface Gold {
  id: string;
  publishedAt: string | null;
  publishedAtEvidence?: string;
  bodyLines?: number[];
  people?: string[];
  organizations?: string[];
  events?: GoldEvent[];
}

/** The parts of an article output the evaluation reads (lenient: any version-1 file). */
export interface ScoredOutput {
  document?: { title?: string | null; text?: string | null; publishedAt?: string | null };
  entities?: { kind?: string; name?: string }[];
  events?: {
    type: string;
    status?: string;
    participants?: ({ name?: string } | string)[];
    date?: { value?: string | null } | string | null;
    location?: { name?: string } | string | null;
  }[];
}
