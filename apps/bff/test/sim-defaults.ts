/**
 * Zoho's search index trails writes: a record created a moment ago is not found by `/search` yet (COQL
 * and GET read the database and see it at once). Every simulator the BFF tests start lags like this, so
 * a test that searches for what it just wrote must wait the way the product would.
 */
export const SIM_SEARCH_INDEX_LAG_SECONDS = 2;
