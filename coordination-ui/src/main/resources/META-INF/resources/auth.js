/*
 * Samverkan – sign-in with OpenID Connect: authorization code flow with PKCE (S256) against the realm's
 * Keycloak, public client, no implicit flow and no library.
 *
 * The tokens live in this script's memory only, never in localStorage or sessionStorage, where any script
 * injected into the page could read them later. Only the one-time PKCE verifier and state wait in
 * sessionStorage during the round trip to Keycloak, and are removed on return. A reload therefore signs
 * in again; Keycloak's own session makes that a quick redirect without the login form.
 *
 * Exposes window.SamverkanAuth = { signIn, fetch, signOut, user }.
 */
'use strict';

(function () {
  const PENDING_KEY = 'samverkan.signin.pending';
  // Renew the access token this many seconds before it expires.
  const RENEW_BEFORE_SECONDS = 30;
  const PROBE_TIMEOUT_MS = 8000;

  const MESSAGES = {
    unreachable: 'Inloggningstjänsten svarar inte. Du kan inte logga in just nu; försök igen om en stund.',
    refused: 'Inloggningen misslyckades.',
    stale: 'Inloggningen avbröts eller gjordes i en annan flik. Logga in igen.',
    expired: 'Din inloggning har gått ut. Logga in igen.',
  };

  /** An error whose message is written for the coordinator. */
  class AuthError extends Error {
    constructor(message, detail) {
      super(message);
      this.name = 'AuthError';
      this.detail = detail || '';
    }
  }

  let settings = null; // { issuer, clientId, endpoints }
  let tokens = null; // { access, refresh, idToken, expiresAt }
  let renewTimer = null;

  // ---- helpers ------------------------------------------------------------------------------------------

  function base64Url(bytes) {
    let binary = '';
    for (const byte of new Uint8Array(bytes)) {
      binary += String.fromCharCode(byte);
    }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function randomString(byteCount) {
    return base64Url(crypto.getRandomValues(new Uint8Array(byteCount)));
  }

  async function challengeOf(verifier) {
    return base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  }

  /** The claims of a token, for display only: the server checks every token it is sent. */
  function claimsOf(token) {
    try {
      const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      const json = decodeURIComponent(Array.from(atob(part), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
      return JSON.parse(json);
    } catch (malformed) {
      return {};
    }
  }

  /** This page without query and fragment: where Keycloak sends the browser back to. */
  function redirectUri() {
    return window.location.origin + window.location.pathname;
  }

  async function withTimeout(promiseFactory, timeoutMs) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      return await promiseFactory(controller.signal);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The provider's endpoints from its discovery document; unreachable becomes the Swedish message. */
  async function discover(issuer) {
    try {
      const response = await withTimeout((signal) => fetch(`${issuer}/.well-known/openid-configuration`, {
        signal, cache: 'no-cache', credentials: 'omit',
      }), PROBE_TIMEOUT_MS);
      if (!response.ok) {
        throw new AuthError(MESSAGES.unreachable, `HTTP ${response.status}`);
      }
      return await response.json();
    } catch (error) {
      throw error instanceof AuthError ? error : new AuthError(MESSAGES.unreachable);
    }
  }

  async function tokenRequest(parameters) {
    let response;
    try {
      response = await withTimeout((signal) => fetch(settings.endpoints.token_endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(parameters),
        credentials: 'omit',
        signal,
      }), PROBE_TIMEOUT_MS);
    } catch (unreachable) {
      throw new AuthError(MESSAGES.unreachable);
    }
    const body = await response.json().catch(() => ({}));
    if (!response.ok || !body.access_token) {
      throw new AuthError(MESSAGES.refused, body.error_description || body.error || `HTTP ${response.status}`);
    }
    return body;
  }

  function keep(body) {
    tokens = {
      access: body.access_token,
      refresh: body.refresh_token || (tokens && tokens.refresh) || null,
      idToken: body.id_token || (tokens && tokens.idToken) || null,
      expiresAt: Date.now() + (Number(body.expires_in) || 60) * 1000,
    };
    clearTimeout(renewTimer);
    const delay = Math.max(5000, tokens.expiresAt - Date.now() - RENEW_BEFORE_SECONDS * 1000);
    renewTimer = setTimeout(() => {
      renew().catch(() => {
        // Keycloak away or session over: the next API call answers 401 and the page asks to sign in.
      });
    }, delay);
  }

  async function renew() {
    if (!tokens || !tokens.refresh) {
      throw new AuthError(MESSAGES.expired);
    }
    keep(await tokenRequest({
      grant_type: 'refresh_token', client_id: settings.clientId, refresh_token: tokens.refresh,
    }));
  }

  async function redirectToLogin() {
    const verifier = randomString(48);
    const state = randomString(16);
    const nonce = randomString(16);
    sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state, nonce }));
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: settings.clientId,
      redirect_uri: redirectUri(),
      scope: 'openid',
      state,
      nonce,
      code_challenge: await challengeOf(verifier),
      code_challenge_method: 'S256',
    });
    window.location.assign(`${settings.endpoints.authorization_endpoint}?${query}`);
    // The page is leaving; never resolve, so nothing starts loading data meanwhile.
    return new Promise(() => {});
  }

  /** Back from Keycloak with ?code=…&state=…: exchange the code, then tidy the address bar. */
  async function completeLogin(query) {
    const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) || 'null');
    sessionStorage.removeItem(PENDING_KEY);
    window.history.replaceState(null, '', redirectUri() + window.location.hash);
    if (query.get('error')) {
      throw new AuthError(MESSAGES.refused, query.get('error_description') || query.get('error'));
    }
    if (!pending || pending.state !== query.get('state')) {
      throw new AuthError(MESSAGES.stale);
    }
    const body = await tokenRequest({
      grant_type: 'authorization_code',
      client_id: settings.clientId,
      code: query.get('code'),
      redirect_uri: redirectUri(),
      code_verifier: pending.verifier,
    });
    if (body.id_token && claimsOf(body.id_token).nonce !== pending.nonce) {
      throw new AuthError(MESSAGES.refused, 'nonce');
    }
    keep(body);
  }

  // ---- public ---------------------------------------------------------------------------------------------

  /**
   * Makes sure someone is signed in: completes a return from Keycloak, or sends the browser there.
   * Resolves with the user once a token is in hand; rejects with an AuthError (Swedish message) when
   * Keycloak cannot be reached or refuses.
   */
  async function signIn(signInSettings) {
    if (!signInSettings || !signInSettings.issuer || !signInSettings.clientId) {
      throw new AuthError(MESSAGES.unreachable, 'Servern anger ingen inloggningstjänst.');
    }
    settings = { issuer: signInSettings.issuer, clientId: signInSettings.clientId };
    settings.endpoints = await discover(settings.issuer);
    const query = new URLSearchParams(window.location.search);
    if (query.has('state') && (query.has('code') || query.has('error'))) {
      await completeLogin(query);
      return user();
    }
    if (tokens) {
      return user();
    }
    return redirectToLogin();
  }

  /** fetch() with the bearer token; renews an expiring token first, and once more after a 401. */
  async function authorizedFetch(url, options) {
    if (!tokens) {
      throw new AuthError(MESSAGES.expired);
    }
    if (Date.now() > tokens.expiresAt - RENEW_BEFORE_SECONDS * 1000) {
      await renew().catch(() => {});
    }
    const send = () => {
      const headers = new Headers((options && options.headers) || {});
      headers.set('Authorization', `Bearer ${tokens.access}`);
      return fetch(url, Object.assign({}, options, { headers }));
    };
    let response = await send();
    if (response.status === 401 && tokens.refresh) {
      try {
        await renew();
        response = await send();
      } catch (renewFailed) {
        // keep the 401: the caller shows it
      }
    }
    return response;
  }

  /** Ends the session at Keycloak too, and comes back to this page (which then asks to sign in). */
  function signOut() {
    const idToken = tokens && tokens.idToken;
    tokens = null;
    clearTimeout(renewTimer);
    if (!settings || !settings.endpoints || !settings.endpoints.end_session_endpoint) {
      window.location.reload();
      return;
    }
    const query = new URLSearchParams({ client_id: settings.clientId, post_logout_redirect_uri: redirectUri() });
    if (idToken) {
      query.set('id_token_hint', idToken);
    }
    window.location.assign(`${settings.endpoints.end_session_endpoint}?${query}`);
  }

  /** Who is signed in, from the token's claims (display only). */
  function user() {
    if (!tokens) {
      return null;
    }
    const claims = claimsOf(tokens.access);
    return {
      name: claims.name || claims.preferred_username || claims.sub,
      username: claims.preferred_username || claims.sub,
      roles: Array.isArray(claims.groups) ? claims.groups : [],
      region: claims.region || null,
      hospital: claims.hospital || null,
    };
  }

  window.SamverkanAuth = Object.freeze({ signIn, fetch: authorizedFetch, signOut, user, AuthError });
}());
