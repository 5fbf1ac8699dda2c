## figures

## Exported figures: captions, legends, axes, keys
figure-zones-on-day = Zones on day { $day } ({ $date })
figure-zones-on-day-undated = Zones on day { $day }
figure-people-by-zone = People by the zone they are in
figure-land-by-zone = Land by zone
figure-people-spread = People by zone: median and p10–p90 of { $runs } runs, seed { $seed }
figure-land-spread = Land by zone: median and p10–p90 of { $runs } runs, seed { $seed }
figure-footer = gaza-zones { $version }: a what-if model, not a forecast · { $source }
figure-axis-people = people (millions)
figure-axis-land = land (km²)
figure-axis-day = day of the scenario
figure-no-ensemble = there is no ensemble to draw; run one first
figure-legend-category = { $name }: { $meaning }
figure-marked-day = day { $day }
figure-blue-share-subtitle = Share of { $runs } runs (seed { $seed }) in which each cell ended blue on day { $day }
figure-legend-blue-share = How often each cell ended blue
figure-legend-zones = Zones (Ross–Orion meanings)
figure-legend-blue-ramp = 0 % to 100 % of runs ended blue
figure-legend-totals = { $km2 } km² · { $people } people
figure-legend-held = { $name }: { $meaning } (hatched)
figure-legend-behind-line = ({ $km2 } km² behind the line with havens)
figure-legend-line = withdrawal line
figure-note-blue-share = Colours: share of the ensemble's runs in which the cell ended blue.
figure-note-mixed = Mixed colours: the chances of each zone (expected-value run).
figure-boundaries = Boundaries: geoBoundaries, PSE ADM2 (CC BY 4.0)
figure-series-style = { $label } ({ $style })
figure-line-solid = solid
figure-line-dashed = dashed
figure-line-dotted = dotted
figure-indicator-axis = { $indicator } ({ $unit })
figure-never-note = ; day { $day } means "not by the last day"
figure-tornado-subtitle = { $indicator }: each driver from the bottom to the top of its range, the others as in the scenario; { $sampling }
figure-tornado-subtitle-with-parameters = { $indicator }: each driver from the bottom to the top of its range, each judgement parameter from half to double its default, the others as in the scenario; { $sampling }
figure-sweep-driver-axis = { $driver }, starting value ({ $unit })
figure-sweep-set-again = ; an event sets it again on day { $day }, so this is its effect until then
figure-sweep-subtitle = { $indicator } against { $driver }; { $sampling }
figure-end-label = { $value }: { $result }
figure-scenario-value = scenario: { $value }
figure-key-bottom = driver at the bottom of its range
figure-key-top = driver at the top of its range
figure-key-parameter = (parameter): a judgement of the rules,
figure-key-parameter-range = at half and double its default
figure-key-set-again = * an event sets it again later:
figure-key-set-again-effect = its bar shows the effect until then
figure-band = p10–p90 of the runs
figure-median = median
figure-value = value
figure-scenario-s-value = the scenario's value
figure-compare-people = People by zone: the current scenario against { $n } other(s)
figure-compare-land = Land by zone: the current scenario against { $n } other(s)
figure-compare-not-drawn = ({ $quantity } is in the comparison CSV)
figure-compare-current = current: { $title }

## The self-contained page (gaza-zones page)
page-map-label = Map of the zones on the day shown
page-keys = Keys: ← and → move a week, Space plays or pauses, Home and End go to the first and last week
page-events-day = Events on day { $day }
page-events-days = Events from day { $from } to day { $to }
page-no-events = No events in these days
page-made = Made with gaza-zones { $version } · { $model } · { $mode } run · seed { $seed }
page-file = Scenario file { $file } · sha256 { $sha256 }
page-description = About this scenario
page-header-lines = Provenance as the CSV tables give it (in English)

## Event titles on charts
figure-events-more = +{ $count } more

## The difference map as a figure
figure-difference-subtitle = Where “{ $current }” and “{ $compared }” differ on day { $day } ({ $date })
figure-difference-subtitle-undated = Where “{ $current }” and “{ $compared }” differ on day { $day }

## Animations (gaza-zones animate, Export ▸ Animation)
figure-animation-more-events = and { $n } more events
