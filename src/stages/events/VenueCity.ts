// A seat of government or landmark venue stands for its city: "at the Planalto Palace" is in
// Brasília, "in the Kremlin" in Moscow. Only venues whose name tells one city; generic ones
// ("the Presidential Palace", "State House", "National Palace") are left to the text.
const VENUES: [RegExp, string][] = [
  [/^(?:the\s+)?Kremlin$/i, 'Moscow'],
  [/^(?:the\s+)?[ÉE]lys[ée]e(?:\s+Palace)?$/i, 'Paris'],
  [/^(?:the\s+)?Quai d['’]Orsay$/i, 'Paris'],
  [/^(?:the\s+)?(?:Planalto|Alvorada|Itamaraty)(?:\s+Palace)?$/i, 'Brasília'],
  [/^(?:the\s+)?(?:Pal[áa]cio\s+(?:do\s+)?(?:Planalto|Alvorada|Itamaraty))$/i, 'Brasília'],
  [/^(?:the\s+)?Casa Rosada$/i, 'Buenos Aires'],
  [/^(?:the\s+)?Zhongnanhai$/i, 'Beijing'],
  [/^(?:the\s+)?Great Hall of the People$/i, 'Beijing'],
  [/^(?:the\s+)?Diaoyutai(?:\s+State)?(?:\s+Guest\s*house)?$/i, 'Beijing'],
  [/^(?:the\s+)?White House$/i, 'Washington'],
  [/^(?:the\s+)?(?:10\s+)?Downing Street$/i, 'London'],
  [/^(?:the\s+)?(?:Lancaster House|Buckingham Palace)$/i, 'London'],
  [/^(?:the\s+)?(?:South Block|Hyderabad House|Rashtrapati Bhavan)$/i, 'New Delhi'],
  [/^(?:the\s+)?(?:Blue House|Cheong Wa Dae)$/i, 'Seoul'],
  [/^(?:the\s+)?(?:Akasaka Palace|Kantei)$/i, 'Tokyo'],
  [/^(?:the\s+)?Malaca[ñn]ang(?:\s+Palace)?$/i, 'Manila'],
  [/^(?:the\s+)?(?:Merdeka Palace|Istana Merdeka)$/i, 'Jakarta'],
  [/^(?:the\s+)?(?:Palazzo Chigi|Quirinal(?:e)?(?:\s+Palace)?|Farnesina)$/i, 'Rome'],
  [/^(?:the\s+)?Moncloa(?:\s+Palace)?$/i, 'Madrid'],
  [/^(?:the\s+)?(?:Bellevue Palace|Schloss Bellevue)$/i, 'Berlin'],
  [/^(?:the\s+)?Dolmabah[çc]e(?:\s+(?:Palace|Office|Working Office))?$/i, 'Istanbul'],
  [/^(?:the\s+)?[ÇC]ankaya(?:\s+(?:Palace|Mansion))?$/i, 'Ankara'],
  [/^(?:the\s+)?Mariinsky Palace$/i, 'Kyiv'],
  [/^(?:the\s+)?(?:Akorda|Ak Orda)(?:\s+(?:Palace|Presidential Residence))?$/i, 'Astana'],
  [/^(?:the\s+)?Al[- ]Yamamah Palace$/i, 'Riyadh'],
  [/^(?:the\s+)?Qasr Al[- ]Watan$/i, 'Abu Dhabi'],
  [/^(?:the\s+)?(?:Ittihadiya|Heliopolis) Palace$/i, 'Cairo'],
  [/^(?:the\s+)?Miraflores(?:\s+Palace)?$/i, 'Caracas'],
  [/^(?:the\s+)?Rideau Hall$/i, 'Ottawa'],
  [/^(?:the\s+)?Union Buildings$/i, 'Pretoria'],
  [/^(?:the\s+)?Aiwan-e-Sadr$/i, 'Islamabad'],
];

/** The city a well-known venue stands in, or undefined. */
export function venueCity(name: string): string | undefined {
  const n = name.trim();
  for (const [re, city] of VENUES) if (re.test(n)) return city;
  return undefined;
}
