/**
 * The facts of a generated article, in the gold format of
 * /work/shared/eval/GOLD.md: what a careful reader takes from the text.
 */
export interface GoldPosition { title: string; organization: string }
export interface GoldPerson { name: string; positions: GoldPosition[] }
export interface GoldSession { date: string | null; chair: string | null; participants: string[]; organizations: string[] }
export interface GoldDocument { type: string; number: string; date: string | null; issuer: string | null }
export interface GoldFounding { organization: string; document: string }
export interface Gold {
  persons: GoldPerson[];
  sessions: GoldSession[];
  documents: GoldDocument[];
  foundings: GoldFounding[];
  authors: string[];
}

/** Collects facts as the story writes them; persons and documents are merged by name and number. */
export class TruthBuilder {
  private readonly persons = new Map<string, GoldPerson>();
  private readonly sessions: GoldSession[] = [];
  private readonly documents = new Map<string, GoldDocument>();
  private readonly foundings: GoldFounding[] = [];
  private readonly authors: string[] = [];

  person(name: string, positions: GoldPosition[] = []): void {
    let p = this.persons.get(name);
    if (!p) this.persons.set(name, (p = { name, positions: [] }));
    for (const pos of positions) {
      if (!p.positions.some((q) => q.title === pos.title && q.organization === pos.organization)) p.positions.push(pos);
    }
  }

  session(s: GoldSession): void {
    this.sessions.push({ ...s, participants: [...new Set(s.participants)], organizations: [...new Set(s.organizations)] });
  }

  document(d: GoldDocument): void {
    if (!this.documents.has(d.number)) this.documents.set(d.number, d);
  }

  founding(f: GoldFounding): void {
    if (!this.foundings.some((x) => x.organization === f.organization && x.document === f.document)) this.foundings.push(f);
  }

  author(name: string): void {
    if (!this.authors.includes(name)) this.authors.push(name);
  }

  /** True when a person of this name is already in the article (a second one would be ambiguous). */
  hasPerson(name: string): boolean {
    return this.persons.has(name);
  }

  build(): Gold {
    return {
      persons: [...this.persons.values()],
      sessions: this.sessions,
      documents: [...this.documents.values()],
      foundings: this.foundings,
      authors: this.authors,
    };
  }
}
