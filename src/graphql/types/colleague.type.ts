import { Field, Int, ObjectType } from 'type-graphql';
import type { PersonRecord, SessionRecord } from '../../store/records';
import { Connection } from './connection';
import { Person } from './person.type';
import { Session } from './session.type';

/** Value: a ColleagueValue (views/colleagues.ts). */
@ObjectType('Colleague', { simpleResolvers: true, description: 'Someone met in sessions, with how many were shared' })
export class Colleague {
  @Field(() => Person)
  person!: PersonRecord;

  @Field(() => Int)
  sessionCount!: number;

  @Field(() => [Session], { description: 'The sessions both attended' })
  sessions!: SessionRecord[];
}

@ObjectType('ColleagueConnection', { simpleResolvers: true })
export class ColleagueConnection extends Connection('Colleague', Colleague) {}
