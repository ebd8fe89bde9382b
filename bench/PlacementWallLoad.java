import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day of the choice at scale (issue #18): 禄丰's office prepares a round of S soldiers and P posts over the API
 * (handed over, scored with evidence, ranked, started), then W watchers open the wall by its public link, without
 * signing in, and each fetches the wall's live part as the page's htmx does ("every 1s": one second after the last
 * answer). Meanwhile the operator chooses, one soldier every I milliseconds, C choices in rank order over the API.
 *
 * Measured: the operator's choice request (POST …/choices, sent to 201); the wall's live part as the watchers get
 * it; and "choice to wall", for every watcher and every choice, from the moment the choice was sent to the moment
 * that watcher first received a wall showing the next soldier called. Then 1,000 attempts are sent at once, from 50
 * threads, for soldiers among the next ten ranks and the posts among the last five with a place, and the database
 * is checked: every 201 is one choice recorded, no post holds more soldiers than its places, no soldier chose
 * twice, the turns have no gap.
 *
 * Run: java -cp postgresql.jar bench/PlacementWallLoad.java http://localhost:8094 \
 *        jdbc:postgresql://localhost:58394/shuangyong [soldiers=600] [posts=700] [watchers=300] [choices=100] [interval ms=1500]
 */
public class PlacementWallLoad {

	static final Pattern CALLED = Pattern.compile("id=\"wall-called\".*?第 (\\d+) 名", Pattern.DOTALL);

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String db = args[1];
		int soldiers = arg(args, 2, 600);
		int posts = arg(args, 3, 700);
		int watchers = arg(args, 4, 300);
		int choices = arg(args, 5, 100);
		int interval = arg(args, 6, 1500);

		Session office = Session.login(base, "lufeng", "Demo@2020");
		long t0 = System.nanoTime();
		long round = id(office.post("/api/v1/placement/rounds", "{\"year\":2020,\"kind\":\"SOLDIERS\"}", 201));
		System.out.printf("round %d opened; adding %d posts and %d soldiers with their score sheets%n", round, posts,
				soldiers);
		for (int i = 0; i < posts; i++) {
			office.post("/api/v1/placement/rounds/" + round + "/posts", String.format(
					"{\"unit\":\"禄丰市压测单位%d\",\"unitKind\":\"%s\",\"title\":\"岗位%d\",\"location\":\"禄丰市\",\"places\":1}",
					i / 10, i % 3 == 0 ? "STATE_ENTERPRISE" : "PUBLIC_INSTITUTION", i), 201);
		}
		for (int i = 0; i < soldiers; i++) {
			long soldier = id(office.post("/api/v1/placement/rounds/" + round + "/soldiers", String.format(
					"{\"name\":\"压测士兵%d\",\"born\":\"%d-0%d-15\",\"enlisted\":\"2006-03-01\",\"discharged\":\"2020-03-01\",\"ground\":\"SERVICE_12_YEARS\"}",
					i, 1985 + i % 5, 1 + i % 9), 201));
			office.post("/api/v1/placement/soldiers/" + soldier + "/score-sheet", String.format(
					"[{\"item\":\"PEACE_COMMENDATION\",\"quantity\":%d,\"evidenceFile\":\"嘉奖令\",\"evidenceDocNo\":\"压字第%d号\"}]",
					1 + i % 40, i), 200);
		}
		office.post("/api/v1/placement/rounds/" + round + "/ranking", "{}", 200);
		office.post("/api/v1/placement/rounds/" + round + "/start", "{}", 200);
		System.out.printf("prepared in %.0f s%n", (System.nanoTime() - t0) / 1e9);

		List<long[]> byRank = new ArrayList<>(); // {soldierId}
		List<Long> postIds = new ArrayList<>();
		String key;
		try (Connection c = DriverManager.getConnection(db, "postgres", "")) {
			ResultSet rs = c.createStatement().executeQuery(
					"select id from placement.soldier where round_id = " + round + " and rank is not null order by rank");
			while (rs.next()) {
				byRank.add(new long[] { rs.getLong(1) });
			}
			rs = c.createStatement().executeQuery("select id from placement.post where round_id = " + round + " order by id");
			while (rs.next()) {
				postIds.add(rs.getLong(1));
			}
			rs = c.createStatement().executeQuery("select wall_key from placement.round where id = " + round);
			rs.next();
			key = rs.getString(1);
		}
		String live = base + "/placement/wall/" + key + "/live";

		// the watchers: anonymous, each its own client, fetching one second after the last answer
		int measured = Math.min(choices, byRank.size() - 10);
		long[] sentAt = new long[measured + 2]; // by rank: when the choice of that rank was sent
		List<Long> seen = new CopyOnWriteArrayList<>(); // choice-to-wall delays, ns
		List<Long> polls = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger pollErrors = new AtomicInteger();
		AtomicLong pollCount = new AtomicLong();
		CountDownLatch stop = new CountDownLatch(1);
		HttpClient shared = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		List<Thread> threads = new ArrayList<>();
		Random random = new Random(18);
		for (int w = 0; w < watchers; w++) {
			long offset = random.nextInt(1000);
			Thread watcher = new Thread(() -> {
				int lastSeen = 0; // the highest rank this watcher has seen chosen
				try {
					Thread.sleep(offset);
					while (stop.getCount() > 0) {
						long start = System.nanoTime();
						HttpResponse<String> r;
						try {
							r = shared.send(HttpRequest.newBuilder(URI.create(live))
								.header("HX-Request", "true").timeout(Duration.ofSeconds(30)).GET().build(),
									HttpResponse.BodyHandlers.ofString());
						}
						catch (java.io.IOException e) { // a timeout: counted, and the watcher goes on as htmx would
							pollErrors.incrementAndGet();
							stop.await(1, java.util.concurrent.TimeUnit.SECONDS);
							continue;
						}
						long end = System.nanoTime();
						pollCount.incrementAndGet();
						if (r.statusCode() != 200) {
							pollErrors.incrementAndGet();
						}
						else {
							polls.add(end - start);
							Matcher m = CALLED.matcher(r.body());
							int chosenUpTo = m.find() ? Integer.parseInt(m.group(1)) - 1 : byRank.size();
							for (int rank = lastSeen + 1; rank <= Math.min(chosenUpTo, measured); rank++) {
								if (sentAt[rank] != 0) {
									seen.add(end - sentAt[rank]);
								}
							}
							lastSeen = Math.max(lastSeen, chosenUpTo);
						}
						stop.await(1, java.util.concurrent.TimeUnit.SECONDS);
					}
				}
				catch (Exception e) {
					pollErrors.incrementAndGet();
				}
			});
			watcher.setDaemon(true);
			watcher.start();
			threads.add(watcher);
		}
		System.out.printf("%d watchers on %s; warming up 20 s%n", watchers, live.replace(key, "<key>"));
		Thread.sleep(20_000);
		polls.clear();
		long pollsBefore = pollCount.get();
		long windowStart = System.nanoTime();

		List<Long> chooseTimes = new ArrayList<>();
		int refused = 0;
		for (int rank = 1; rank <= measured; rank++) {
			long next = System.nanoTime() + interval * 1_000_000L;
			sentAt[rank] = System.nanoTime();
			int status = office.postStatus("/api/v1/placement/rounds/" + round + "/choices", String.format(
					"{\"soldierId\":%d,\"postId\":%d,\"witness\":\"县纪委监委派驻纪检组\"}", byRank.get(rank - 1)[0],
					postIds.get(rank - 1)));
			chooseTimes.add(System.nanoTime() - sentAt[rank]);
			if (status != 201) {
				refused++;
			}
			long wait = next - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000);
			}
		}
		Thread.sleep(3_000); // the last choice reaches every watcher
		double window = (System.nanoTime() - windowStart) / 1e9;
		long pollsInWindow = pollCount.get() - pollsBefore;
		stop.countDown();
		for (Thread t : threads) {
			t.join();
		}
		System.out.printf("%n%d choices, one every %d ms, %d refused; %d watchers%n", measured, interval, refused, watchers);
		print("operator's choice (POST)", chooseTimes);
		print("wall live part (GET)", new ArrayList<>(polls));
		System.out.printf("wall fetches: %.0f/s in the window, %d errors%n", pollsInWindow / window, pollErrors.get());
		print("choice to wall", new ArrayList<>(seen));
		int expected = measured * watchers;
		System.out.printf("choice seen on the wall: %d of %d (watcher × choice)%n", seen.size(), expected);

		lastPlaces(base, db, round, byRank, measured);
	}

	/** 1,000 attempts at once at the last places: the database must hold exactly the 201s. */
	static void lastPlaces(String base, String db, long round, List<long[]> byRank, int chosen) throws Exception {
		List<Long> lastPosts = new ArrayList<>();
		int chosenBefore;
		try (Connection c = DriverManager.getConnection(db, "postgres", "")) {
			ResultSet rs = c.createStatement().executeQuery("select id from placement.post where round_id = " + round
					+ " and places_left > 0 order by id desc limit 5");
			while (rs.next()) {
				lastPosts.add(rs.getLong(1));
			}
			rs = c.createStatement().executeQuery(
					"select count(*) from placement.soldier where round_id = " + round + " and post_id is not null");
			rs.next();
			chosenBefore = rs.getInt(1);
		}
		int threads = 50;
		List<Session> operators = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			operators.add(Session.login(base, "lufeng", "Demo@2020"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch go = new CountDownLatch(1);
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		List<Future<?>> done = new ArrayList<>();
		Random random = new Random(1000);
		for (int i = 0; i < 1000; i++) {
			Session operator = operators.get(i % threads);
			long soldier = byRank.get(chosen + random.nextInt(10))[0];
			long post = lastPosts.get(random.nextInt(lastPosts.size()));
			done.add(pool.submit(() -> {
				go.await();
				int status = operator.postStatus("/api/v1/placement/rounds/" + round + "/choices",
						String.format("{\"soldierId\":%d,\"postId\":%d}", soldier, post));
				statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
				return null;
			}));
		}
		go.countDown();
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
		int created = statuses.getOrDefault(201, new AtomicInteger()).get();
		try (Connection c = DriverManager.getConnection(db, "postgres", "")) {
			int chosenAfter = single(c, "select count(*) from placement.soldier where round_id = " + round
					+ " and post_id is not null");
			int overfull = single(c, "select count(*) from placement.post p where round_id = " + round
					+ " and (select count(*) from placement.soldier s where s.post_id = p.id) > p.places_total"
					+ " or p.places_left <> p.places_total - (select count(*) from placement.soldier s where s.post_id = p.id)");
			int twice = single(c, "select count(*) from (select soldier_id from placement.action where round_id = " + round
					+ " and kind = 'CHOSE' group by soldier_id having count(*) > 1) x");
			int turns = single(c, "select count(*) from placement.action where round_id = " + round);
			int maxTurn = single(c, "select coalesce(max(turn), 0) from placement.action where round_id = " + round);
			System.out.printf("%n1,000 attempts at once (50 operators' sessions, next 10 ranks × last 5 posts): %s%n",
					statuses);
			System.out.printf("recorded: %d new choices for %d answers 201 (%s); posts over their places or with places_left"
					+ " out of step: %d; soldiers who chose twice: %d; actions %d, last turn %d (%s)%n",
					chosenAfter - chosenBefore, created, chosenAfter - chosenBefore == created ? "none lost or doubled" : "MISMATCH",
					overfull, twice, turns, maxTurn, turns == maxTurn ? "no gap" : "GAP");
		}
	}

	static int single(Connection c, String sql) throws Exception {
		ResultSet rs = c.createStatement().executeQuery(sql);
		rs.next();
		return rs.getInt(1);
	}

	static void print(String what, List<Long> nanos) {
		if (nanos.isEmpty()) {
			System.out.printf("%-26s no samples%n", what);
			return;
		}
		Collections.sort(nanos);
		System.out.printf("%-26s n=%-7d p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", what, nanos.size(),
				pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos.get(nanos.size() - 1) / 1e6);
	}

	static double pct(List<Long> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
	}

	static int arg(String[] args, int i, int fallback) {
		return args.length > i ? Integer.parseInt(args[i]) : fallback;
	}

	static long id(String json) {
		Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no id in " + json);
		}
		return Long.parseLong(m.group(1));
	}

	/** A signed-in session of the platform that calls the API with the page's CSRF token. */
	record Session(HttpClient client, String base, String csrfHeader, String csrfToken) {

		static Session login(String base, String username, String password) throws Exception {
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
			String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password)
						+ "&_csrf=" + enc(find(page, "name=\"_csrf\"[^>]*value=\"([^\"]+)\""))))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (r.uri().getPath().startsWith("/login")) {
				throw new IllegalStateException(username + " 登录失败");
			}
			String home = r.body();
			return new Session(client, base, find(home, "name=\"csrf-header\" content=\"([^\"]+)\""),
					find(home, "name=\"csrf-token\" content=\"([^\"]+)\""));
		}

		String post(String path, String json, int expected) throws Exception {
			HttpResponse<String> r = send(path, json);
			if (r.statusCode() != expected) {
				throw new IllegalStateException(path + " → " + r.statusCode() + " " + r.body());
			}
			return r.body();
		}

		int postStatus(String path, String json) throws Exception {
			return send(path, json).statusCode();
		}

		private HttpResponse<String> send(String path, String json) throws Exception {
			return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
				.header(csrfHeader, csrfToken).timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
		}

		static String find(String page, String regex) {
			Matcher m = Pattern.compile(regex).matcher(page);
			if (!m.find()) {
				throw new IllegalStateException("not found: " + regex);
			}
			return m.group(1);
		}

		static String enc(String s) {
			return URLEncoder.encode(s, StandardCharsets.UTF_8);
		}
	}
}
