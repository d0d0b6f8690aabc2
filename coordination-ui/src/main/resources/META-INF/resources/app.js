/*
 * Samverkan – national coordination UI, first page: a map of Sweden's 21 regions.
 *
 * Plain ES2017 without a build step: this file is served as it is from the application's resource jar.
 * URLs are relative to the page, so the client works under whatever context root the application gets.
 * Nothing is loaded from the internet: the map has no tile layer unless the server configures one.
 * No inline scripts or handlers anywhere, so the page runs under a Content-Security-Policy of script-src 'self'.
 * Sign-in (OpenID Connect, code flow with PKCE) lives in auth.js; every API call but the public settings
 * carries the bearer token from there.
 */
'use strict';

(function () {
  const REGIONS_URL = 'api/regions';
  const UI_CONFIG_URL = 'api/ui/config';

  // A coordinator should get an answer, not an endless spinner, when the server hangs.
  const REQUEST_TIMEOUT_MS = 20000;

  const DEFAULT_VIEW = { center: [62.5, 17], zoom: 5 };
  const FILL_OPACITY = 0.5;
  const HOVER_FILL_OPACITY = 0.7;

  // Okabe–Ito colours: they stay distinguishable for the common kinds of colour blindness. Ordered north to
  // south for the legend. The outline is a darker shade of the same hue, so borders stay visible on any fill.
  const HEALTHCARE_REGIONS = [
    { code: 'NORRA', label: 'Norra', fill: '#0072B2', stroke: '#00466e' },
    { code: 'UPPSALA_OREBRO', label: 'Uppsala–Örebro', fill: '#E69F00', stroke: '#8a5f00' },
    { code: 'STOCKHOLM_GOTLAND', label: 'Stockholm–Gotland', fill: '#CC79A7', stroke: '#7f3f66' },
    { code: 'VASTRA', label: 'Västra', fill: '#56B4E9', stroke: '#1f6f9c' },
    { code: 'SYDOSTRA', label: 'Sydöstra', fill: '#009E73', stroke: '#005c43' },
    { code: 'SODRA', label: 'Södra', fill: '#D55E00', stroke: '#7f3800' },
  ];
  // A region whose healthcare region this client does not know is still drawn, in neutral grey.
  const UNKNOWN_HEALTHCARE_REGION = { code: '', label: 'Okänd sjukvårdsregion', fill: '#8d99a6', stroke: '#4a5561' };

  const MESSAGES = {
    loading: 'Hämtar regioner…',
    signingIn: 'Loggar in…',
    signIn: 'Logga in',
    signedOut: 'Din inloggning har gått ut eller godtogs inte av servern. Logga in igen.',
    forbidden: 'Ditt konto saknar behörighet att se regionerna.',
    network: 'Kunde inte nå Samverkan-servern. Kontrollera anslutningen och försök igen.',
    timeout: 'Samverkan-servern svarar inte. Försök igen om en stund.',
    httpError: (status) =>
      `Samverkan-servern kunde inte lämna ut regionerna (felkod ${status}). Försök igen om en stund.`,
    unexpected: 'Samverkan-servern svarade, men inte med de regionuppgifter som kartan väntade sig. '
      + 'Kontakta teknisk support om felet kvarstår.',
    empty: 'Samverkan-servern har inga regioner att visa. Kontakta teknisk support.',
    mapMissing: 'Kartan kunde inte startas eftersom kartkomponenten inte laddades. '
      + 'Ladda om sidan och kontakta teknisk support om felet kvarstår.',
    retry: 'Försök igen',
    reload: 'Ladda om sidan',
  };

  /** An error whose message is written for the coordinator, ready to be shown as it is. */
  class LoadError extends Error {
    constructor(message, detail, action) {
      super(message);
      this.name = 'LoadError';
      this.detail = detail || '';
      this.action = action || null; // what the status banner offers instead of "try again"
    }
  }

  // ---- DOM helpers -----------------------------------------------------------------------------------------

  /** Creates an element with text set as text, never as HTML: region data comes from outside this file. */
  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function nonEmptyString(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : '';
  }

  // ---- Status banner ---------------------------------------------------------------------------------------

  const statusElement = document.getElementById('status');

  /**
   * Shows the state of the page in the status element: 'loading', 'ready', 'warning' or 'error'.
   * An action ({label, run}) adds a button, e.g. to retry after an error.
   */
  function setStatus(state, message, detail, action) {
    statusElement.className = `status ${state}`;
    const parts = [element('span', 'status-text', message)];
    if (detail) {
      parts.push(element('span', 'status-detail', detail));
    }
    if (action) {
      const button = element('button', 'status-action', action.label);
      button.type = 'button';
      button.addEventListener('click', action.run, { once: true });
      parts.push(button);
    }
    statusElement.replaceChildren(...parts);
  }

  function showLoaded(count, skipped) {
    const loadedAt = new Date();
    const time = element('time', 'status-time',
      `hämtade ${loadedAt.toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' })}`);
    time.dateTime = loadedAt.toISOString();
    const summary = `${count} ${count === 1 ? 'region' : 'regioner'}`;
    if (skipped > 0) {
      setStatus('warning', summary, `${skipped} kunde inte visas: uppgifterna från servern var ofullständiga.`);
    } else {
      setStatus('ready', summary);
    }
    statusElement.append(time);
  }

  // ---- Legend ----------------------------------------------------------------------------------------------

  function renderLegend() {
    const list = document.getElementById('legend-list');
    if (!list) {
      return;
    }
    list.replaceChildren(...HEALTHCARE_REGIONS.map((healthcareRegion) => {
      const item = element('li', 'legend-item');
      item.append(swatch(healthcareRegion), element('span', 'legend-label', healthcareRegion.label));
      return item;
    }));
  }

  /** A colour sample; its colours are set through the CSSOM, which a style-src policy allows. */
  function swatch(healthcareRegion) {
    const sample = element('span', 'swatch');
    sample.setAttribute('aria-hidden', 'true');
    sample.style.setProperty('--swatch-fill', healthcareRegion.fill);
    sample.style.setProperty('--swatch-stroke', healthcareRegion.stroke);
    return sample;
  }

  // ---- Talking to the server -------------------------------------------------------------------------------

  /**
   * GETs a URL and reads the body as text; failures to get any answer become a LoadError. With signedIn,
   * the request carries the bearer token (auth.js).
   */
  async function fetchText(url, signedIn) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    try {
      const send = signedIn ? window.SamverkanAuth.fetch : window.fetch.bind(window);
      const response = await send(url, {
        headers: { Accept: 'application/json, application/problem+json' },
        cache: 'no-cache', // a situation picture must not be an old one from the browser cache
        signal: controller.signal,
      });
      const text = await response.text();
      return { response, text };
    } catch (error) {
      if (error && error.name === 'AuthError') {
        throw new LoadError(error.message, error.detail);
      }
      throw new LoadError(error && error.name === 'AbortError' ? MESSAGES.timeout : MESSAGES.network);
    } finally {
      clearTimeout(timer);
    }
  }

  function parseJson(text) {
    try {
      return JSON.parse(text);
    } catch (notJson) {
      return undefined;
    }
  }

  /** Turns an error answer into words: the server's RFC 9457 problem if it sent one, else the status code. */
  function errorFromResponse(response, text) {
    const contentType = response.headers.get('Content-Type') || '';
    if (/^application\/problem\+json/i.test(contentType)) {
      const problem = parseJson(text) || {};
      const title = nonEmptyString(problem.title);
      const detail = nonEmptyString(problem.detail);
      if (title || detail) {
        return new LoadError(title || detail, title ? detail : '');
      }
    }
    return new LoadError(MESSAGES.httpError(response.status));
  }

  async function fetchRegions() {
    const { response, text } = await fetchText(REGIONS_URL, true);
    if (response.status === 401) {
      throw new LoadError(MESSAGES.signedOut, '', { label: MESSAGES.signIn, run: () => window.location.reload() });
    }
    if (response.status === 403) {
      throw new LoadError(MESSAGES.forbidden);
    }
    if (!response.ok) {
      throw errorFromResponse(response, text);
    }
    // The body is parsed whatever its Content-Type: an HTML page (a proxy's or a login page) fails here.
    const regions = parseJson(text);
    if (!Array.isArray(regions)) {
      throw new LoadError(MESSAGES.unexpected);
    }
    if (regions.length === 0) {
      throw new LoadError(MESSAGES.empty);
    }
    return regions;
  }

  /** The client's settings (public): where to sign in, and the tile server if any. */
  async function fetchUiConfig() {
    const { response, text } = await fetchText(UI_CONFIG_URL, false);
    const config = response.ok ? parseJson(text) : undefined;
    if (!config || typeof config !== 'object') {
      throw response.ok ? new LoadError(MESSAGES.unexpected) : errorFromResponse(response, text);
    }
    return config;
  }

  /**
   * Adds the tile layer the server configures, if any. Tiles are optional: without them (no internet, no
   * configuration, or any failure here) the map shows region outlines on a plain background, so failures stay silent.
   */
  function applyTileConfig(map, config) {
    try {
      const tileUrl = config ? nonEmptyString(config.tileUrl) : '';
      if (!tileUrl) {
        return;
      }
      // The attribution is the operator's own configuration and may hold a link, as tile licences ask for.
      L.tileLayer(tileUrl, { attribution: nonEmptyString(config.tileAttribution), maxZoom: 18 }).addTo(map);
      map.getContainer().classList.add('has-tiles');
    } catch (ignored) {
      // No tiles: the map is complete without them.
    }
  }

  // ---- Region data -----------------------------------------------------------------------------------------

  function isPosition(value) {
    return Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
  }

  function isSeat(seat) {
    return Boolean(seat) && seat.type === 'Point' && isPosition(seat.coordinates);
  }

  function isBoundary(boundary) {
    return Boolean(boundary) && (boundary.type === 'Polygon' || boundary.type === 'MultiPolygon')
      && Array.isArray(boundary.coordinates) && boundary.coordinates.length > 0;
  }

  function isRegion(region) {
    return Boolean(region) && nonEmptyString(region.code) !== '' && nonEmptyString(region.name) !== ''
      && isBoundary(region.boundary) && isSeat(region.seat);
  }

  function healthcareStyle(healthcareRegion) {
    const code = healthcareRegion && healthcareRegion.code;
    return HEALTHCARE_REGIONS.find((candidate) => candidate.code === code) || UNKNOWN_HEALTHCARE_REGION;
  }

  /** The healthcare regions of a region: the primary one first; Halland has a second one. */
  function healthcareRegionsOf(region) {
    return [region.healthcareRegion, region.secondHealthcareRegion].filter(Boolean);
  }

  function healthcareName(healthcareRegion) {
    return nonEmptyString(healthcareRegion.name) || healthcareStyle(healthcareRegion).label;
  }

  function seatNameOf(region) {
    return nonEmptyString(region.seatName) || nonEmptyString(region.shortName) || region.name;
  }

  /** Region codes go into CSS class names, which browser tests select on: keep them to safe characters. */
  function cssToken(code) {
    return String(code).replace(/[^A-Za-z0-9_-]/g, '');
  }

  // ---- Drawing ---------------------------------------------------------------------------------------------

  function regionDetails(region) {
    const root = element('div', 'region-details');
    root.append(element('h2', 'region-details-title', region.name));
    const facts = element('dl', 'region-details-facts');
    addFact(facts, 'Regionkod', region.code);
    addFact(facts, 'Län', nonEmptyString(region.countyName) || '–');
    const healthcareRegions = healthcareRegionsOf(region);
    addFact(facts, healthcareRegions.length > 1 ? 'Sjukvårdsregioner' : 'Sjukvårdsregion',
      healthcareRegions.length > 0
        ? healthcareRegions.map((healthcareRegion) => {
          const value = element('span', 'healthcare-region');
          value.append(swatch(healthcareStyle(healthcareRegion)), element('span', null, healthcareName(healthcareRegion)));
          return value;
        })
        : '–');
    addFact(facts, 'Residensstad', seatNameOf(region));
    root.append(facts);
    return root;
  }

  /** Adds a term and its value(s) to a description list; a value is text or an element. */
  function addFact(list, term, values) {
    list.append(element('dt', null, term));
    for (const value of Array.isArray(values) ? values : [values]) {
      const description = element('dd');
      description.append(value);
      list.append(description);
    }
  }

  function regionArea(region) {
    const primary = healthcareStyle(region.healthcareRegion);
    const second = region.secondHealthcareRegion ? healthcareStyle(region.secondHealthcareRegion) : null;
    // A region in two healthcare regions keeps the fill of its primary one, with a dashed outline in the
    // colour of the second, so the map shows it belongs to both.
    const style = {
      color: second ? second.stroke : primary.stroke,
      weight: second ? 2 : 1.2,
      opacity: 0.9,
      dashArray: second ? '6 4' : null,
      fillColor: primary.fill,
      fillOpacity: FILL_OPACITY,
      className: `region-area region-area-${cssToken(region.code)}`,
    };
    const area = L.geoJSON(region.boundary, { style: () => style });
    area.on('mouseover', (event) => event.layer.setStyle({ fillOpacity: HOVER_FILL_OPACITY }));
    area.on('mouseout', (event) => area.resetStyle(event.layer));
    area.bindPopup(() => regionDetails(region), { minWidth: 240, maxWidth: 360 });
    return area;
  }

  function regionSeat(region) {
    const [lon, lat] = region.seat.coordinates; // GeoJSON order is longitude, latitude
    const seat = L.circleMarker([lat, lon], {
      pane: 'seats',
      radius: 5,
      weight: 2,
      color: '#1b2430',
      fillColor: '#ffffff',
      fillOpacity: 1,
      // Exactly one element per region carries .region-seat: browser tests count them.
      className: `region-seat region-seat-${cssToken(region.code)}`,
    });
    seat.on('add', () => {
      seat.getElement().dataset.regionCode = region.code;
    });
    const tooltip = element('span', 'seat-tooltip');
    tooltip.append(element('strong', null, seatNameOf(region)), element('span', null, region.name));
    seat.bindTooltip(tooltip, { direction: 'top', offset: [0, -6] });
    seat.bindPopup(() => regionDetails(region), { minWidth: 240, maxWidth: 360 });
    return seat;
  }

  /**
   * Lists the drawn regions as buttons beside the map: a coordinator who knows the name finds the region
   * without hunting on the map, and keyboard and screen-reader users reach every region.
   */
  function renderRegionList(map, drawnRegions) {
    const list = document.getElementById('region-list');
    if (!list) {
      return;
    }
    list.replaceChildren(...drawnRegions.map(({ region, area }) => {
      const button = element('button', 'region-list-button');
      button.type = 'button';
      button.dataset.regionCode = region.code;
      button.append(element('span', 'region-list-code', region.code), element('span', null, region.name));
      button.addEventListener('click', () => {
        // Keep the region clear of the legend panel, which floats over the right of the map.
        const legend = document.querySelector('.legend');
        const right = (legend ? legend.offsetWidth : 0) + 36;
        map.fitBounds(area.getBounds(), { paddingTopLeft: [24, 24], paddingBottomRight: [right, 24], animate: false });
        area.openPopup(area.getBounds().getCenter());
      });
      const item = element('li', 'region-list-item');
      item.append(button);
      return item;
    }));
  }

  /** The region index starts folded so the map stays clear; the toggle says whether it is open. */
  function setUpRegionIndexToggle() {
    const toggle = document.getElementById('region-index-toggle');
    const list = document.getElementById('region-list');
    if (!toggle || !list) {
      return;
    }
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      list.hidden = !open;
    });
  }

  /** Draws the regions that are complete; returns them with their areas, and how many had to be left out. */
  function renderRegions(layers, regions) {
    layers.areas.clearLayers();
    layers.seats.clearLayers();
    const drawnRegions = [];
    for (const region of regions) {
      if (!isRegion(region)) {
        continue;
      }
      let area;
      let seat;
      try {
        area = regionArea(region);
        seat = regionSeat(region);
      } catch (malformed) {
        // Leaflet rejects coordinates nested the wrong way; leave that region out rather than the whole map.
        continue;
      }
      layers.areas.addLayer(area);
      layers.seats.addLayer(seat);
      drawnRegions.push({ region, area });
    }
    return { drawnRegions, skipped: regions.length - drawnRegions.length };
  }

  function fitToRegions(map, areas) {
    const bounds = areas.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [24, 24], animate: false }); // a jump: the first view is not news
    }
  }

  // ---- Start -----------------------------------------------------------------------------------------------

  function createMap() {
    // Quarter zoom steps let Sweden, tall and narrow, fill the window instead of snapping to half of it.
    const map = L.map('map', { zoomSnap: 0.25, zoomDelta: 0.5, minZoom: 3, maxZoom: 14 })
      .setView(DEFAULT_VIEW.center, DEFAULT_VIEW.zoom);
    L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
    // Seats above the region areas, whatever order the layers are added in.
    map.createPane('seats').style.zIndex = '450';
    return map;
  }

  /**
   * Fits the regions again when the window changes size (a wall display, a window dragged to another screen),
   * until the coordinator pans or zooms: from then on the view is theirs.
   */
  function keepRegionsInViewUntilUserMoves(map, areas) {
    let following = true;
    const takeOver = () => {
      following = false;
    };
    for (const type of ['mousedown', 'touchstart', 'wheel', 'keydown']) {
      map.getContainer().addEventListener(type, takeOver, { passive: true });
    }
    map.on('resize', () => {
      if (following) {
        fitToRegions(map, areas);
      }
    });
  }

  /** Shows who is signed in, with the sign-out button. */
  function showSession(user) {
    const session = document.getElementById('session');
    if (!session || !user) {
      return;
    }
    document.getElementById('session-user').textContent = user.name || user.username;
    const roles = user.roles.filter((role) => role !== 'viewer');
    const binding = user.region ? `region ${user.region}` : (user.hospital || '');
    document.getElementById('session-roles').textContent = [roles.join(', ') || 'viewer', binding].filter(Boolean).join(' · ');
    const button = document.getElementById('sign-out');
    button.addEventListener('click', () => window.SamverkanAuth.signOut(), { once: true });
    session.hidden = false;
  }

  /** Settings, then sign-in; rejects with a LoadError in words for the coordinator. */
  async function signIn() {
    setStatus('loading', MESSAGES.signingIn);
    const config = await fetchUiConfig();
    if (typeof window.SamverkanAuth === 'undefined') {
      throw new LoadError(MESSAGES.mapMissing);
    }
    try {
      showSession(await window.SamverkanAuth.signIn(config.signIn));
    } catch (error) {
      if (error && error.name === 'AuthError') {
        throw new LoadError(error.message, error.detail);
      }
      throw error;
    }
    return config;
  }

  function start() {
    renderLegend();
    setUpRegionIndexToggle();
    if (typeof L === 'undefined') {
      setStatus('error', MESSAGES.mapMissing, '', { label: MESSAGES.reload, run: () => window.location.reload() });
      return;
    }
    const map = createMap();
    const layers = { areas: L.featureGroup().addTo(map), seats: L.featureGroup().addTo(map) };
    keepRegionsInViewUntilUserMoves(map, layers.areas);

    let signedIn = false;
    const load = async () => {
      try {
        if (!signedIn) {
          applyTileConfig(map, await signIn());
          signedIn = true;
        }
        setStatus('loading', MESSAGES.loading);
        const regions = await fetchRegions();
        const { drawnRegions, skipped } = renderRegions(layers, regions);
        if (drawnRegions.length === 0) {
          throw new LoadError(MESSAGES.unexpected);
        }
        fitToRegions(map, layers.areas);
        renderRegionList(map, drawnRegions);
        showLoaded(drawnRegions.length, skipped);
      } catch (error) {
        if (!(error instanceof LoadError)) {
          console.error(error); // a bug in this client: keep the trace for support, show the user plain words
        }
        const shown = error instanceof LoadError ? error : new LoadError(MESSAGES.unexpected);
        setStatus('error', shown.message, shown.detail, shown.action || { label: MESSAGES.retry, run: load });
      }
    };
    load();
  }

  // The script is deferred: the document is parsed and Leaflet (deferred before it) has run.
  start();
}());
