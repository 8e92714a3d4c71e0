import { numberNear, textAfter, oneOf, call, noCall, missing } from './kit';
import type { ParseResult } from './types';

export function parse(query: string): ParseResult {
  const specialty = oneOf(query, ['cardiology','dermatology','neurology','orthopedics','pediatrics','psychiatry']);
  const city = textAfter(query, ['in', 'city']);
  const max_distance_miles = numberNear(query, ['angeles within', 'boston within', 'chicago within', 'max distance miles', 'miles'], { integer: true });
  const absent = missing({ specialty, city });
  if (absent.length > 0) return noCall(`the request does not give ${absent.join(', ')}`);
  return call('find_in_network_provider', { specialty, city, max_distance_miles });
}

// The code maps to the spec by:
// - Identifying the required arguments (specialty, city, max_distance_miles) from the query
// - Using the kit functions to parse the query and extract the required arguments
// - Returning a call to the tool with the extracted arguments
// - Handling cases where a required argument is missing by returning noCall
