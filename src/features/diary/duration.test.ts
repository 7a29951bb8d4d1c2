import { describe, expect, it } from 'vitest';
import { durationToInput, minutesToHoursInput, parseDuration, parseHoursText, parsePounds, penceToInput } from './duration';

describe('parseDuration', () => {
  it('reads minutes, and hours with minutes', () => {
    expect(parseDuration('45', 600)).toEqual({ ok: true, minutes: 45 });
    expect(parseDuration('1:30', 600)).toEqual({ ok: true, minutes: 90 });
    expect(parseDuration(' 2h15 ', 600)).toEqual({ ok: true, minutes: 135 });
    expect(parseDuration('2h', 600)).toEqual({ ok: true, minutes: 120 });
    expect(parseDuration('', 600)).toEqual({ ok: true, minutes: 0 });
  });

  it('refuses anything else, and more than the limit', () => {
    expect(parseDuration('an hour', 600)).toEqual({ ok: false, problem: 'not-a-duration' });
    expect(parseDuration('1:75', 600)).toEqual({ ok: false, problem: 'not-a-duration' });
    expect(parseDuration('-5', 600)).toEqual({ ok: false, problem: 'not-a-duration' });
    expect(parseDuration('11:00', 600)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('writes minutes back the way they are typed', () => {
    expect(durationToInput(0)).toBe('');
    expect(durationToInput(45)).toBe('45');
    expect(durationToInput(90)).toBe('1:30');
    expect(parseDuration(durationToInput(605), 1000)).toEqual({ ok: true, minutes: 605 });
  });
});

describe('parsePounds', () => {
  it('reads pounds and pence into whole pence', () => {
    expect(parsePounds('£1,234.50')).toEqual({ ok: true, pence: 123450 });
    expect(parsePounds('900')).toEqual({ ok: true, pence: 90000 });
    expect(parsePounds('0.1')).toEqual({ ok: true, pence: 10 });
    expect(parsePounds('', { allowBlank: true })).toEqual({ ok: true, pence: 0 });
  });

  it('reads a decimal comma as pence, as Polish, Romanian and Portuguese readers write it', () => {
    expect(parsePounds('1250,50')).toEqual({ ok: true, pence: 125050 });
    expect(parsePounds('12,5')).toEqual({ ok: true, pence: 1250 });
    // Three digits after a comma group thousands, as in English.
    expect(parsePounds('1,250')).toEqual({ ok: true, pence: 125000 });
  });

  it('refuses what is not money', () => {
    expect(parsePounds('')).toEqual({ ok: false, problem: 'required' });
    expect(parsePounds('12.345')).toEqual({ ok: false, problem: 'not-money' });
    expect(parsePounds('-5')).toEqual({ ok: false, problem: 'not-money' });
    expect(parsePounds('999999999')).toEqual({ ok: false, problem: 'too-large' });
  });

  it('writes pence back the way they are typed', () => {
    expect(penceToInput(123450)).toBe('1234.50');
    expect(penceToInput(90000)).toBe('900');
    expect(penceToInput(5)).toBe('0.05');
  });
});

describe('parseHoursText', () => {
  it('reads hours as decimals or hours and minutes', () => {
    expect(parseHoursText('7.5', 10_000)).toEqual({ ok: true, minutes: 450 });
    expect(parseHoursText('7,25', 10_000)).toEqual({ ok: true, minutes: 435 });
    expect(parseHoursText('7:20', 10_000)).toEqual({ ok: true, minutes: 440 });
    expect(parseHoursText('224 hours', 100_000)).toEqual({ ok: true, minutes: 13_440 });
  });

  it('refuses blanks, words and more than the limit', () => {
    expect(parseHoursText(' ', 100)).toEqual({ ok: false, problem: 'required' });
    expect(parseHoursText('a day', 100)).toEqual({ ok: false, problem: 'not-a-duration' });
    expect(parseHoursText('7:60', 10_000)).toEqual({ ok: false, problem: 'not-a-duration' });
    expect(parseHoursText('25', 24 * 60)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('writes minutes back as hours', () => {
    expect(minutesToHoursInput(450)).toBe('7.5');
    expect(minutesToHoursInput(13_440)).toBe('224');
    expect(minutesToHoursInput(440)).toBe('7:20');
  });
});
