/** Brand colours a clinic might choose, from the extremes to the awkward middle, for theme and fallback tests. */
export const brands = {
  'very dark': '#0a0a0a',
  'very light': '#fafafa',
  'saturated red': '#ff0000',
  'saturated yellow': '#ffff00',
  'saturated blue': '#0000ff',
  'bright green': '#00ff00',
  grey: '#777777',
  'mid grey at the black/white crossover': '#767676',
  'the default teal': '#2f6f6a',
  'light cyan': '#7fffd4',
  orange: '#ff8c00',
  purple: '#6a0dad',
  'wide-gamut p3 green': 'color(display-p3 0 1 0)',
};
