#[path = "../benches/support/workbook_gen.rs"]
mod workbook_gen;
fn main() {
    let wb = workbook_gen::generate(1000, 7);
    let mut n = 0;
    let reps: usize = std::env::args().nth(1).map_or(50, |a| a.parse().unwrap());
    for _ in 0..reps {
        n += jixiao::check::check_workbook(&wb).len();
    }
    println!("{n}");
}
