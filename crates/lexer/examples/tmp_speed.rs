fn main() {
    let src = std::fs::read(std::env::args().nth(1).unwrap()).unwrap();
    let n: usize = std::env::args().nth(2).unwrap().parse().unwrap();
    let t = std::time::Instant::now();
    let mut count = 0;
    for _ in 0..n {
        count += wippy_lexer::Lexer::new(&src).count();
    }
    let el = t.elapsed().as_secs_f64() / n as f64;
    println!(
        "{count} tokens; {:.2} ms/iter; {:.1} MB/s",
        el * 1e3,
        src.len() as f64 / el / 1e6
    );
}
