/**
 * The origin the test builds are published at: set as SITE by buildSite, so
 * the tests check a build with a real origin (a `.test` name, reserved by
 * RFC 2606, so it can never be mistaken for a live one).
 */
export const TEST_ORIGIN = 'https://edition.test';
