// @ts-check
'use strict';

/**
 * Talon.One-shaped error bodies (ErrorResponseWithStatus).
 * @typedef {{ title: string, details?: string, source?: { pointer?: string, parameter?: string } }} ApiError
 * @typedef {{ message: string, errors: ApiError[], StatusCode: number }} ErrorBody
 */

/** @type {Record<number, string>} */
const TITLES = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * @param {number} status
 * @param {string} message
 * @param {ApiError[]} [errors]
 * @returns {ErrorBody}
 */
function talonError(status, message, errors) {
  return {
    message,
    errors: errors && errors.length ? errors : [{ title: TITLES[status] || 'Error', details: message, source: {} }],
    StatusCode: status,
  };
}

/**
 * A result the request pipeline turns into an HTTP response.
 * @typedef {{ status: number, body?: unknown, headers?: Record<string, string> }} HandlerResult
 */

/**
 * @param {number} status
 * @param {string} message
 * @param {string} [details]
 * @param {{ pointer?: string, parameter?: string }} [source]
 * @returns {HandlerResult}
 */
function errorResult(status, message, details, source) {
  return {
    status,
    body: talonError(status, message, [{ title: TITLES[status] || 'Error', details: details || message, source: source || {} }]),
  };
}

module.exports = { talonError, errorResult, TITLES };
