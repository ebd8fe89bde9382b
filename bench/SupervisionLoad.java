import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on the supervision board and the dashboard: N users, each signed in through the login form with their own
 * session, loop over the board (unfiltered, by colour through htmx, by plan, level, prefecture and page) and the
 * dashboard (page and JSON) without think time. After a warm-up, every response time is recorded; the run prints
 * p50/p95/p99 per request kind and overall, and counts any answer other than 200 as an error.
 *
 * With a fifth argument, one more user (the 省委宣传部 liaison, through the API) adds that many progress reports a
 * minute to the tasks its unit works on, spread over the run: each report changes a task, so the board's and the
 * dashboard's kept figures are read again after it. The reports written are counted; their times are not.
 *
 * Run: java bench/SupervisionLoad.java http://localhost:8094 20 30 120 [reports a minute]
 *      (base, users, warm-up s, measured s)
 */
public class SupervisionLoad {

	static final String[] ACCOUNTS = { "yunnan", "lingdao", "chuxiong", "lufeng", "yunnan", "lingdao", "yunnan",
			"chuxiong", "tuiyi", "yunnan" };

	static final String[] PREFECTURES = { "5301", "5303", "5304", "5305", "5306", "5307", "5308", "5309", "5323",
			"5325", "5326", "5328", "5329", "5331", "5333", "5334" };

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:8094";
		int users = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		long warmUp = (args.length > 2 ? Long.parseLong(args[2]) : 30) * 1000;
		long measured = (args.length > 3 ? Long.parseLong(args[3]) : 120) * 1000;
		int reportsPerMinute = args.length > 4 ? Integer.parseInt(args[4]) : 0;
		java.util.concurrent.atomic.AtomicInteger reported = new java.util.concurrent.atomic.AtomicInteger();
		Map<String, List<Long>> times = new ConcurrentHashMap<>();
		List<String> errors = new CopyOnWriteArrayList<>();
		CountDownLatch ready = new CountDownLatch(users);
		CountDownLatch go = new CountDownLatch(1);
		long[] window = new long[2];
		List<Thread> threads = new ArrayList<>();
		for (int u = 0; u < users; u++) {
			String account = ACCOUNTS[u % ACCOUNTS.length];
			Random random = new Random(u);
			Thread thread = new Thread(() -> {
				try {
					HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
						.followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
					login(client, base, account);
					ready.countDown();
					go.await();
					long provincialPlan = 1;
					while (System.currentTimeMillis() < window[1]) {
						String prefecture = PREFECTURES[random.nextInt(PREFECTURES.length)];
						String[][] requests = {
								{ "board", "/supervision/board", null },
								{ "board colour (htmx)", "/supervision/board?colour=RED", "htmx" },
								{ "board plan+level+prefecture", "/supervision/board?plan=" + provincialPlan
										+ "&level=COUNTY&prefecture=" + prefecture, null },
								{ "board page 3 (htmx)", "/supervision/board?colour=GREEN&prefecture=" + prefecture + "&page=3", "htmx" },
								{ "dashboard page", "/dashboard?plan=" + provincialPlan, null },
								{ "dashboard json", "/api/v1/dashboard/supervision?plan=" + provincialPlan, null } };
						for (String[] r : requests) {
							long start = System.nanoTime();
							HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + r[1]))
								.timeout(Duration.ofSeconds(30));
							if (r[2] != null) {
								request.header("HX-Request", "true");
							}
							HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
							long micros = (System.nanoTime() - start) / 1000;
							long now = System.currentTimeMillis();
							if (response.statusCode() != 200 || response.uri().getPath().equals("/login")) {
								errors.add(r[0] + " " + response.statusCode());
							}
							else if (now >= window[0] && now < window[1]) {
								times.computeIfAbsent(r[0], k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
								times.computeIfAbsent("(all)", k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
							}
						}
					}
				}
				catch (Exception e) {
					errors.add(account + ": " + e);
					ready.countDown();
				}
			});
			thread.start();
			threads.add(thread);
		}
		if (reportsPerMinute > 0) {
			Thread writer = new Thread(() -> {
				try {
					go.await();
					report(base, reportsPerMinute, window, reported);
				}
				catch (Exception e) {
					errors.add("reports: " + e);
				}
			});
			writer.start();
			threads.add(writer);
		}
		ready.await();
		window[0] = System.currentTimeMillis() + warmUp;
		window[1] = window[0] + measured;
		go.countDown();
		for (Thread t : threads) {
			t.join();
		}
		System.out.printf("%d users, warm-up %d s, measured %d s%n", users, warmUp / 1000, measured / 1000);
		System.out.printf("%-32s %8s %9s %9s %9s %9s%n", "request", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
		new TreeMap<>(times).forEach((name, list) -> {
			List<Long> sorted = new ArrayList<>(list);
			Collections.sort(sorted);
			System.out.printf("%-32s %8d %9.1f %9.1f %9.1f %9.1f%n", name, sorted.size(), pct(sorted, 50), pct(sorted, 95),
					pct(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0);
		});
		if (reportsPerMinute > 0) {
			System.out.printf("progress reports written meanwhile: %d (%d a minute asked)%n", reported.get(),
					reportsPerMinute);
		}
		System.out.printf("throughput: %.1f requests/s; errors: %d%s%n",
				times.getOrDefault("(all)", List.of()).size() / (measured / 1000.0), errors.size(),
				errors.isEmpty() ? "" : " e.g. " + errors.subList(0, Math.min(5, errors.size())));
	}

	static double pct(List<Long> sorted, int p) {
		return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
	}

	/** Adds progress reports as the 省委宣传部 liaison, evenly spaced, until the measured window ends. */
	static void report(String base, int perMinute, long[] window, java.util.concurrent.atomic.AtomicInteger reported)
			throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		String basic = "Basic " + java.util.Base64.getEncoder()
			.encodeToString("xuanchuan:Demo@2020".getBytes(StandardCharsets.UTF_8));
		String visible = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tasks")).header("Authorization", basic)
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		// the liaison sees every provincial task; it reports on those its unit leads or helps with
		Matcher unit = Pattern.compile("\\{\"id\":(\\d+),\"name\":\"中共云南省委宣传部\"\\}").matcher(visible);
		if (!unit.find()) {
			throw new IllegalStateException("任务中没有中共云南省委宣传部");
		}
		String tasks = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tasks?unit=" + unit.group(1)))
			.header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString()).body();
		List<String> open = new ArrayList<>();
		Matcher task = Pattern.compile("\\{\"id\":(\\d+),.*?\"state\":\"(\\w+)\"").matcher(tasks);
		while (task.find()) {
			if (List.of("SIGNED_FOR", "IN_PROGRESS", "RETURNED").contains(task.group(2))) {
				open.add(task.group(1));
			}
		}
		if (open.isEmpty()) {
			throw new IllegalStateException("省委宣传部没有可报送进展的任务");
		}
		long pause = 60_000L / perMinute;
		for (int n = 0; System.currentTimeMillis() < window[1]; n++) {
			String id = open.get(n % open.size());
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tasks/" + id
					+ "/reports")).header("Authorization", basic).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"压力测试进展报告 " + n + "\"}")).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException("报送进展失败：" + response.statusCode() + " " + response.body());
			}
			reported.incrementAndGet();
			Thread.sleep(pause);
		}
	}

	static void login(HttpClient client, String base, String account) throws Exception {
		String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("登录页没有 CSRF 令牌");
		}
		String form = "username=" + account + "&password=" + URLEncoder.encode("Demo@2020", StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.uri().getPath().startsWith("/login")) {
			throw new IllegalStateException(account + " 登录失败：" + response.uri());
		}
	}
}
