//! Speed of the model: single runs of the stalled and the full Phase II baselines over 730
//! days in both modes, in every model version side by side, planning a run, and a 1,000-run
//! stochastic ensemble; the milestone scenario beside the full Phase II it is made from.
//! Results go in docs/PERFORMANCE.md.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use gaza_zones::geo::Grid;
use gaza_zones::model::ensemble::{SummaryBuilder, for_each_run};
use gaza_zones::model::parallel::Control;
use gaza_zones::model::{Mode, ModelVersion, Plan, Record};
use gaza_zones::scenario::{Bundled, Scenario};

const HORIZON_DAYS: u32 = 730;

fn scenario(file_name: &str) -> Scenario {
    let bundled = Bundled::named(file_name).expect("bundled scenario exists");
    let mut s = bundled.load().expect("bundled scenario loads");
    s.horizon_days = HORIZON_DAYS;
    s.events.retain(|e| e.day <= HORIZON_DAYS);
    s
}

fn single_runs(c: &mut Criterion) {
    let grid = Grid::strip();
    for file in ["stalled_phase_two.ron", "full_phase_two.ron"] {
        for model in ModelVersion::ALL {
            let mut s = scenario(file);
            s.model = model;
            let inputs = s.inputs();
            let plan = Plan::new(grid, &inputs);
            let name = format!("{}/model{}", file.trim_end_matches(".ron"), model.number());
            runs_of(c, &plan, &name);
            c.bench_function(&format!("{name}/plan"), |b| {
                b.iter(|| Plan::new(grid, black_box(&inputs)));
            });
        }
    }
}

fn runs_of(c: &mut Criterion, plan: &Plan<'_>, name: &str) {
    c.bench_function(&format!("{name}/expected/730d"), |b| {
        b.iter(|| plan.run(Mode::Expected, black_box(1), Record::Totals));
    });
    c.bench_function(&format!("{name}/stochastic/730d"), |b| {
        b.iter(|| plan.run(Mode::Stochastic, black_box(1), Record::Totals));
    });
    c.bench_function(&format!("{name}/expected/730d+cells"), |b| {
        b.iter(|| plan.run(Mode::Expected, black_box(1), Record::Cells));
    });
}

fn ensembles(c: &mut Criterion) {
    let grid = Grid::strip();
    let mut group = c.benchmark_group("ensemble");
    group.sample_size(10);
    for (file, model) in [
        ("stalled_phase_two.ron", ModelVersion::V2),
        ("stalled_phase_two.ron", ModelVersion::V3),
        ("full_phase_two.ron", ModelVersion::V1),
        ("full_phase_two.ron", ModelVersion::V2),
        ("full_phase_two.ron", ModelVersion::V3),
    ] {
        let mut s = scenario(file);
        s.model = model;
        let inputs = s.inputs();
        let plan = Plan::new(grid, &inputs);
        let name = format!("{}/model{}", file.trim_end_matches(".ron"), model.number());
        group.bench_function(format!("{name}/1000runs/730d"), |b| {
            b.iter(|| {
                let mut summary = SummaryBuilder::default();
                let finished = for_each_run(
                    &plan,
                    black_box(1),
                    0..1000,
                    &Control::default(),
                    |_, out| {
                        summary.add(&out.days);
                    },
                );
                (finished, summary.finish())
            });
        });
    }
    group.finish();
}

/// The bundled milestone scenario beside full Phase II, of which it is a copy with the two
/// withdrawals waiting for conditions: the cost of checking conditions every day and of
/// rebuilding a run's own timeline when one fires.
fn milestone_runs(c: &mut Criterion) {
    let grid = Grid::strip();
    for file in ["full_phase_two.ron", "milestones.ron"] {
        let mut s = scenario(file);
        s.model = ModelVersion::LATEST;
        let plan = Plan::new(grid, &s.inputs());
        let name = format!(
            "milestones/{}/model{}",
            file.trim_end_matches(".ron"),
            s.model.number()
        );
        c.bench_function(&format!("{name}/expected/730d"), |b| {
            b.iter(|| plan.run(Mode::Expected, black_box(1), Record::Totals));
        });
        c.bench_function(&format!("{name}/stochastic/730d"), |b| {
            b.iter(|| plan.run(Mode::Stochastic, black_box(1), Record::Totals));
        });
    }
}

criterion_group!(benches, single_runs, ensembles, milestone_runs);
criterion_main!(benches);
