// The time stage's rules, in the order they run (chrono's shape: parsers propose, refiners
// filter, merge and resolve).
import { AnaphorParser } from './parsers/AnaphorParser.ts';
import { AttackDayParser } from './parsers/AttackDayParser.ts';
import { ChronoParser } from './parsers/ChronoParser.ts';
import { DayPartParser } from './parsers/DayPartParser.ts';
import { DecadeParser } from './parsers/DecadeParser.ts';
import { DurationParser } from './parsers/DurationParser.ts';
import { EventRelativeParser } from './parsers/EventRelativeParser.ts';
import { HolidayParser } from './parsers/HolidayParser.ts';
import { MonthDayParser } from './parsers/MonthDayParser.ts';
import { MonthParser } from './parsers/MonthParser.ts';
import { MonthWeekParser } from './parsers/MonthWeekParser.ts';
import { PeriodParser } from './parsers/PeriodParser.ts';
import { QuarterParser } from './parsers/QuarterParser.ts';
import { ReferenceParser } from './parsers/ReferenceParser.ts';
import { RelativeDayParser } from './parsers/RelativeDayParser.ts';
import { RelativeUnitParser } from './parsers/RelativeUnitParser.ts';
import { SeasonParser } from './parsers/SeasonParser.ts';
import { SetParser } from './parsers/SetParser.ts';
import { WeekdayParser } from './parsers/WeekdayParser.ts';
import { WireClockParser } from './parsers/WireClockParser.ts';
import { YearParser } from './parsers/YearParser.ts';
import { ClockFilter } from './refiners/ClockFilter.ts';
import { DayPartExtender } from './refiners/DayPartExtender.ts';
import { ModifierExtender } from './refiners/ModifierExtender.ts';
import { MonthNameFilter } from './refiners/MonthNameFilter.ts';
import { NameFilter } from './refiners/NameFilter.ts';
import { OverlapRefiner } from './refiners/OverlapRefiner.ts';
import { TenseRefiner } from './refiners/TenseRefiner.ts';
import { ValueResolver } from './refiners/ValueResolver.ts';
import type { Parser, Refiner } from './types.ts';

// Parsers all run; their order does not matter (OverlapRefiner settles conflicts).
export const PARSERS: Parser[] = [
  ChronoParser,
  WireClockParser,
  YearParser,
  MonthDayParser,
  MonthParser,
  MonthWeekParser,
  WeekdayParser,
  HolidayParser,
  AttackDayParser,
  RelativeDayParser,
  DayPartParser,
  RelativeUnitParser,
  EventRelativeParser,
  AnaphorParser,
  QuarterParser,
  PeriodParser,
  SeasonParser,
  DecadeParser,
  ReferenceParser,
  DurationParser,
  SetParser,
];

export const REFINERS: Refiner[] = [
  // Filters first, so that a rejected reading ("Mena Today") cannot shadow a good one.
  NameFilter,
  MonthNameFilter,
  ClockFilter,
  // Then one reading per stretch of text: the longest.
  OverlapRefiner,
  // Modifiers extend the survivors' text ("early" + "June").
  ModifierExtender,
  // "the morning of March 3": one TIME on that day.
  DayPartExtender,
  // Tense needs the final spans (cues inside an expression are not cues).
  TenseRefiner,
  // Last, values, in text order: event-relative expressions need the dates before them.
  ValueResolver,
];
