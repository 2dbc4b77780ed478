/* Draws the embedded report on the Leaflet map and links the side panel to it. Text from the
   thread is never turned into markup here: popups, labels and layer names are elements that the
   page already holds, escaped when it was rendered. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("map-data").textContent);
  var popups = {};
  document.querySelectorAll("#popups [data-popup]").forEach(function (el) {
    popups[el.getAttribute("data-popup")] = el;
  });

  function popup(key) {
    return popups[key] ? popups[key].cloneNode(true) : null;
  }
  function text(value, className) {
    var el = document.createElement("span");
    el.textContent = value;
    if (className) { el.className = className; }
    return el;
  }
  function latLng(position) { return L.latLng(position[1], position[0]); }
  function lineLatLngs(geometry) {
    return L.GeoJSON.coordsToLatLngs(geometry.coordinates,
                                     geometry.type === "MultiLineString" ? 1 : 0);
  }
  function control(element, position) {
    var Box = L.Control.extend({ onAdd: function () { return element; } });
    L.DomEvent.disableClickPropagation(element);
    return new Box({ position: position });
  }

  var map = L.map("map", { zoomSnap: 0.25, zoomDelta: 0.5 });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.createPane("outline").style.zIndex = 150;  /* under the tiles: seen only without them */
  L.geoJSON(data.basemap, {
    pane: "outline", interactive: false,
    style: { color: "#a9b4be", weight: 0.8, fillColor: "#f7f5ef", fillOpacity: 1 }
  }).addTo(map);

  var note = control(document.getElementById("offline-note"), "bottomleft");
  function offline() { note.addTo(map); }
  if (data.tiles && navigator.onLine) {
    var tiles = L.tileLayer(data.tiles.url, {
      attribution: data.tiles.attribution, maxZoom: data.tiles.max_zoom
    });
    var tileLoaded = false;  /* one failed tile after others loaded is a hiccup, not offline */
    tiles.on("tileload", function () { tileLoaded = true; });
    tiles.on("tileerror", function () {
      if (!tileLoaded && map.hasLayer(tiles)) { map.removeLayer(tiles); offline(); }
    });
    tiles.addTo(map);
  } else {
    offline();
  }
  control(document.getElementById("legend"), "bottomright").addTo(map);

  var features = data.features;
  var hasTrips = features.some(function (f) { return f.properties.feature === "day_trip"; });
  /* popups open below the open layer switch (top right), which would otherwise cover them */
  var popupOptions = {
    maxWidth: 320,
    autoPanPaddingTopLeft: L.point(10, 30 + 21 * (data.routes.length + (hasTrips ? 2 : 1)))
  };
  var places = {};
  var targets = {};  /* data-target key -> {layer, group, bounds} */
  var placeLayer = L.featureGroup();
  features.forEach(function (f) {
    var p = f.properties;
    if (p.feature !== "place") { return; }
    var at = latLng(f.geometry.coordinates);
    var area = p.kind === "country" || p.kind === "continent";  /* a centre, not a point */
    var marker = L.circleMarker(at, {
      radius: area ? 4.5 : 6.5, color: area ? p["marker-color"] : "#fff", weight: area ? 2 : 1.5,
      fillColor: area ? "#fff" : p["marker-color"], fillOpacity: 0.95, className: "place-marker"
    }).bindPopup(popup("place:" + f.id), popupOptions);
    marker.bindTooltip(text(p.name), { direction: "right", offset: [6, 0] });
    marker.addTo(placeLayer);
    places[f.id] = { at: at, name: p.name, kind: p.kind };
    targets["place:" + f.id] = { layer: marker, group: placeLayer, bounds: L.latLngBounds([at]) };
  });

  var overlays = [];
  function overlay(key, group) {
    var label = document.querySelector('[data-layer-label="' + key + '"]');
    overlays.push([label ? label.innerHTML : String(key), group]);
    group.addTo(map);
  }

  var slots = {};  /* how many numbered badges already sit on a place: the next goes beside */
  var labelled = [];
  function label(id) {
    if (places[id] && labelled.indexOf(id) < 0) { labelled.push(id); }
  }
  function spoke(geometry) {
    /* a day trip bows out from the straight line, so it never hides a leg between the same towns */
    var ends = lineLatLngs(geometry);
    if (geometry.type !== "LineString") { return ends; }
    var a = ends[0], b = ends[ends.length - 1], points = [];
    var mid = L.latLng((a.lat + b.lat) / 2 + (b.lng - a.lng) * 0.35,
                       (a.lng + b.lng) / 2 - (b.lat - a.lat) * 0.35);
    for (var t = 0; t <= 1.0001; t += 0.0625) {
      points.push(L.latLng(
        (1 - t) * (1 - t) * a.lat + 2 * (1 - t) * t * mid.lat + t * t * b.lat,
        (1 - t) * (1 - t) * a.lng + 2 * (1 - t) * t * mid.lng + t * t * b.lng));
    }
    return points;
  }
  data.routes.forEach(function (route) {
    var group = L.featureGroup();
    features.forEach(function (f) {
      var p = f.properties;
      if (p.feature !== "leg" || p.route !== route.index) { return; }
      var line = L.polyline(lineLatLngs(f.geometry), {
        /* a plan is drawn thinner, so the stated route it follows shows on both sides */
        color: route.color, weight: route.kind === "suggested" ? 3 : 6, opacity: 0.9,
        dashArray: p.dashed ? "9 9" : null
      }).bindPopup(popup("leg:" + route.index + ":" + p.leg), popupOptions);
      line.addTo(group);
      targets["leg:" + route.index + ":" + p.leg] = {
        layer: line, group: group, bounds: line.getBounds()
      };
    });
    route.stops.forEach(function (id, k) {
      var place = places[id];
      if (!place) { return; }
      var slot = slots[id] = (slots[id] || 0) + 1;
      var badge = text(String(k + 1));
      badge.style.background = route.color;
      L.marker(place.at, {
        icon: L.divIcon({ className: "stop-marker", html: badge, iconSize: [22, 22],
                          iconAnchor: [11 - 24 * (slot - 1), 11] }),
        zIndexOffset: 1000, title: place.name + " (" + (k + 1) + ")"
      }).bindPopup(popup("place:" + id), popupOptions).addTo(group);
      label(id);
    });
    overlay(route.index, group);
  });

  var trips = L.featureGroup();
  var tripIndex = 0;
  features.forEach(function (f) {
    if (f.properties.feature !== "day_trip") { return; }
    var key = "trip:" + tripIndex++;
    var line = L.polyline(spoke(f.geometry), {
      color: data.day_trip_color, weight: 5, opacity: 0.95, dashArray: "1 8", lineCap: "round"
    }).bindPopup(popup(key), popupOptions);
    line.addTo(trips);
    f.properties.stops.forEach(label);
    targets[key] = { layer: line, group: trips, bounds: line.getBounds() };
  });
  if (tripIndex) { overlay("day-trips", trips); }
  placeLayer.addTo(map);  /* above the lines, so every place stays clickable */
  labelled.forEach(function (id) {  /* each trip place named once, right of its badges */
    L.tooltip({ permanent: true, direction: "right", offset: [12 + 24 * ((slots[id] || 1) - 1), 0],
                className: "place-label", interactive: false })
      .setLatLng(places[id].at).setContent(text(places[id].name)).addTo(map);
  });

  var layers = L.control.layers(null, null, { collapsed: false, position: "topright" });
  overlays.forEach(function (o) { layers.addOverlay(o[1], o[0]); });
  layers.addOverlay(placeLayer, "All places");
  layers.addTo(map);

  var focus = L.latLngBounds(data.focus.filter(function (id) { return places[id]; })
                                      .map(function (id) { return places[id].at; }));
  if (focus.isValid()) {
    map.fitBounds(focus, { padding: [48, 48], maxZoom: 9 });
  } else {
    map.setView([30, 10], 2);
  }

  function go(row) {
    var target = targets[row.getAttribute("data-target")];
    if (!target) { return; }
    document.querySelectorAll("[data-target].active").forEach(function (el) {
      el.classList.remove("active");
    });
    row.classList.add("active");
    if (!map.hasLayer(target.group)) { target.group.addTo(map); }
    map.closePopup();
    map.once("moveend", function () { target.layer.openPopup(); });
    map.flyToBounds(target.bounds, { padding: [60, 60], maxZoom: 8, duration: 0.6 });
  }
  document.querySelectorAll("#panel [data-target]").forEach(function (row) {
    row.addEventListener("click", function () { go(row); });
    row.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); go(row); }
    });
  });
}());
