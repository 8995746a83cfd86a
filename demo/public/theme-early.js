// Applies the demo bar's brand colour and colour scheme from the address before the first paint, so the page never
// flashes in the wrong colours. The settings travel in the address between demo pages; nothing is stored.
(function () {
  var params = new URLSearchParams(location.search);
  var brand = params.get('brand');
  var scheme = params.get('scheme');
  var root = document.documentElement;
  if (brand && /^[0-9a-f]{6}$/i.test(brand)) root.style.setProperty('--psy-brand', '#' + brand);
  if (scheme === 'light' || scheme === 'dark') root.style.colorScheme = scheme;
})();
