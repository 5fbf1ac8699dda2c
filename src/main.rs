use gaza_zones::geo::Grid;
use gaza_zones::model::*;
fn main() {
    let grid = Grid::strip();
    let mut start = DriverValues::default();
    let full = std::env::args().nth(1).is_some();
    if full {
        start.disarmament_share = 0.2;
        start.aid_trucks_per_day = 600.0;
        start.force_troops = 20000.0;
        start.force_mandate = Mandate::Enforce;
        start.force_deployed = gaza_zones::geo::Governorate::ALL.to_vec();
        start.reconstruction_usd_bn_per_year = 6.0;
        start.governance = Governance::BoardOfPeace;
        start.arab_participation_share = 0.6;
        start.violations_per_week = 0.5;
    }
    let events = if full {
        vec![
            Event {
                day: 30,
                title: String::new(),
                note: String::new(),
                source: String::new(),
                action: Action::Ramp {
                    driver: Driver::DisarmamentShare,
                    to: 0.9,
                    over_days: 300,
                },
            },
            Event {
                day: 30,
                title: String::new(),
                note: String::new(),
                source: String::new(),
                action: Action::MoveLine {
                    held_share: 0.2,
                    over_days: 365,
                },
            },
        ]
    } else {
        vec![]
    };
    let inputs = Inputs {
        horizon_days: 730,
        start,
        events,
        params: Parameters::default(),
    };
    let plan = Plan::new(grid, &inputs);
    for mode in [Mode::Expected, Mode::Stochastic] {
        let t = std::time::Instant::now();
        let out = plan.run(mode, 42, Record::Totals);
        println!("{mode:?} {:?}", t.elapsed());
        for d in [0usize, 30, 90, 180, 365, 540, 730] {
            let r = &out.days[d];
            println!(
                "day {d:3} area {:?} people {:?} held {:.1} displaced {:.0} returned {:.0}",
                r.area_km2.map(|x| x.round()),
                r.people.map(|x| (x / 1000.0).round()),
                r.held_km2,
                r.people_displaced,
                r.people_returned
            );
        }
        println!("{:?}", out.indicators());
    }
}
