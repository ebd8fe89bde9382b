package cn.shuangyong.pensions.rolls;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.beneficiaries.PeopleQuery;
import cn.shuangyong.beneficiaries.RegistryPerson;
import cn.shuangyong.pensions.PensionStandards;
import cn.shuangyong.pensions.StandardsInForce;
import cn.shuangyong.pensions.accounts.PensionAccount;
import cn.shuangyong.pensions.accounts.PensionAccounts;
import cn.shuangyong.pensions.accounts.Suspension;
import cn.shuangyong.pensions.accounts.Suspensions;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 发放花名册: a county's roll of a month. It is generated from the accounts the county pays, the standards in force
 * and what approved rolls paid, as often as needed until the county office approves it; generating again from the
 * same data gives the same figures. An approved roll never changes: a correction is a difference paid or taken back
 * on a later month's roll.
 */
@Service
@Transactional
public class PaymentRolls {

	private final RollStore store;

	private final PensionAccounts accounts;

	private final PensionStandards standards;

	private final PeopleQuery people;

	private final BusinessClock clock;

	private final AuditTrail audit;

	private final Suspensions suspensions;

	PaymentRolls(RollStore store, PensionAccounts accounts, PensionStandards standards, PeopleQuery people,
			BusinessClock clock, AuditTrail audit, Suspensions suspensions) {
		this.suspensions = suspensions;
		this.store = store;
		this.accounts = accounts;
		this.standards = standards;
		this.people = people;
		this.clock = clock;
		this.audit = audit;
	}

	/** Generates the roll with the standards published by today. */
	public PaymentRoll generate(String county, YearMonth month, CurrentUser by) {
		return generate(county, month, clock.today(), by);
	}

	/**
	 * Generates the roll as it was generated on {@code knownOn}: with the standards published by then (a roll's
	 * history, and the demo's past months, are generated this way).
	 */
	public PaymentRoll generate(String county, YearMonth month, java.time.LocalDate knownOn, CurrentUser by) {
		requireCountyOffice(county, by);
		PaymentRoll roll = store.lockOrCreate(county, month);
		if (roll.status() == RollStatus.APPROVED) {
			throw new ConflictException(month + " 的花名册已审批，不能重新生成；如需更正，在以后月份的花名册中补发或扣回");
		}
		store.clear(roll.id());
		List<PensionAccount> paying = accounts.paidBy(county, month);
		Map<Long, RegistryPerson> registered = people.byIds(
				paying.stream().map(PensionAccount::personId).collect(Collectors.toSet()), by);
		Map<Long, Map<YearMonth, BigDecimal>> paid = store.paid(county);
		Map<Long, List<Suspension>> suspended = suspensions.inForce(county);
		String province = RegionLevel.PROVINCE.regionOf(county);
		Map<YearMonth, StandardsInForce> inForce = new HashMap<>();
		for (PensionAccount account : paying) {
			PaymentTerms terms = new PaymentTerms(account.id(), account.entitlement(), account.firstMonth(),
					account.lastMonth(), suspended.getOrDefault(account.id(), List.of()).stream()
						.map(s -> new PaymentTerms.Suspension(s.from(), s.until())).toList(),
					account.settledThrough());
			LineFigures line = RollArithmetic.line(terms, month, paid.getOrDefault(account.id(), Map.of()),
					m -> inForce.computeIfAbsent(m, d -> standards.inForceIn(d.atDay(1), province, knownOn)));
			RegistryPerson person = registered.get(account.personId());
			String shown = person == null || person.personal() == null ? "（已不在本县登记）" : person.personal().idMasked();
			store.addLine(roll.id(), account.personId(), account.regionCode(), shown, account.entitlement().label(), line,
					settled(line));
		}
		store.generated(roll.id(), by.getUsername(), clock.now());
		audit.record(by, "PENSION_ROLL_GENERATED", AuditTarget.of("PENSION_ROLL", roll.id()), county + " " + month);
		return store.find(county, month).orElseThrow();
	}

	public PaymentRoll approve(String county, YearMonth month, Integer seen, CurrentUser by) {
		requireCountyOffice(county, by);
		PaymentRoll roll = store.find(county, month)
			.orElseThrow(() -> new NotFoundException(month + " 的花名册尚未生成"));
		if (roll.status() == RollStatus.APPROVED) {
			throw new ConflictException(month + " 的花名册已经审批过了，未做任何更改");
		}
		if (seen == null) {
			throw new InvalidInputException("缺少花名册的版本号（version）：请刷新后再审批");
		}
		if (!store.approve(roll.id(), seen, by.getUsername(), clock.now())) {
			throw new ConflictException("花名册在您打开后已重新生成或已审批，本次未审批；请刷新，核对后再审批");
		}
		audit.record(by, "PENSION_ROLL_APPROVED", AuditTarget.of("PENSION_ROLL", roll.id()),
				county + " " + month + "，合计 " + roll.totals().total() + " 元");
		return store.find(county, month).orElseThrow();
	}

	/** The roll and one page of its lines; 404 outside the scope or before it is generated. */
	@Transactional(readOnly = true)
	public RollPage find(String county, YearMonth month, Paging paging, CurrentUser by) {
		PaymentRoll roll = generated(county, month, by);
		return new RollPage(roll, paging.of(store.lines(roll.id(), paging), roll.totals().lines()));
	}

	/** A roll with one page of its lines. */
	public record RollPage(PaymentRoll roll, ListPage<RollLine> lines) {
	}

	/**
	 * The roll for its page, if it was generated: one page of lines, each beside its account's line of the month before and the earlier
	 * months it settled; the accounts paid last month and no longer; and whether the reader may generate and approve.
	 */
	@Transactional(readOnly = true)
	public Optional<RollView> view(String county, YearMonth month, Paging paging, CurrentUser by) {
		return readable(county, month, by).map(roll -> {
			List<RollLine> lines = store.lines(roll.id(), paging);
			List<Long> shown = lines.stream().map(RollLine::accountId).toList();
			Map<Long, RollLine> previous = store.previousLines(county, month, shown);
			Map<Long, List<SettledMonth>> settled = store.settledOn(roll.id(), shown);
			return new RollView(roll, paging.of(lines, roll.totals().lines()).map(line -> new LineChange(line,
					previous.get(line.accountId()), settled.getOrDefault(line.accountId(), List.of()))),
					store.dropped(roll.id(), county, month), mayWork(county, by));
		});
	}

	/** A roll as its page shows it. */
	public record RollView(PaymentRoll roll, ListPage<LineChange> lines, List<RollLine> dropped, boolean mayWork) {
	}

	/**
	 * The whole roll as .xlsx, ID numbers masked, for anyone who may read it; the download is audited, since it lists
	 * people by their (masked) ID numbers and their payments.
	 */
	public byte[] workbook(String county, YearMonth month, String countyName, CurrentUser by) {
		PaymentRoll roll = generated(county, month, by);
		List<RollLine> lines = store.allLines(roll.id());
		byte[] file = RollWorkbook.of(countyName, roll, lines,
				store.settledOn(roll.id(), lines.stream().map(RollLine::accountId).toList()));
		audit.record(by, "PENSION_ROLL_EXPORTED", AuditTarget.of("PENSION_ROLL", roll.id()),
				county + " " + month + "，" + lines.size() + " 行（身份证号脱敏）");
		return file;
	}

	/** Every month an account was rolled, newest first (for the person's pension page; the account was checked). */
	@Transactional(readOnly = true)
	public List<AccountPayment> payments(PensionAccount account) {
		return store.payments(account.id());
	}

	/** Whether the user is the county's own office, which alone generates and approves its rolls. */
	public static boolean mayWork(String county, CurrentUser by) {
		return by.can(Permission.PERSONAL_DATA_EDIT) && county.equals(by.regionCode());
	}

	/** What this line pays back in full, and what it takes back of overpaid months, oldest first, as far as it goes. */
	static List<RollStore.Settled> settled(LineFigures line) {
		List<RollStore.Settled> settled = new ArrayList<>();
		BigDecimal toRecover = line.recovered();
		for (LineFigures.Difference d : line.differences()) {
			if (d.amount().signum() > 0) {
				settled.add(new RollStore.Settled(d, d.amount()));
			}
			else if (toRecover.signum() > 0) {
				BigDecimal taken = d.amount().negate().min(toRecover);
				toRecover = toRecover.subtract(taken);
				settled.add(new RollStore.Settled(d, taken.negate()));
			}
		}
		return settled;
	}

	/** The county's roll of the month if it was generated; 404 outside the reader's scope. */
	private Optional<PaymentRoll> readable(String county, YearMonth month, CurrentUser by) {
		checkCounty(county);
		by.mayRead(county, Permission.PERSONAL_DATA_READ, "花名册不存在");
		return store.find(county, month);
	}

	/** The roll if it was approved: the bank's file and the summary come only from an approved roll (409 before). */
	PaymentRoll approved(String county, YearMonth month, CurrentUser by) {
		PaymentRoll roll = generated(county, month, by);
		if (roll.status() != RollStatus.APPROVED) {
			throw new ConflictException(month + " 的花名册尚未审批：银行代发文件和发放汇总表只从审批后的花名册生成，未生成任何文件");
		}
		return roll;
	}

	/** Every line of the roll, in account order. */
	List<RollLine> allLines(PaymentRoll roll) {
		return store.allLines(roll.id());
	}

	PaymentRoll generated(String county, YearMonth month, CurrentUser by) {
		return readable(county, month, by).orElseThrow(() -> new NotFoundException(month + " 的花名册尚未生成"));
	}

	private static void requireCountyOffice(String county, CurrentUser by) {
		checkCounty(county);
		by.mayRead(county, Permission.PERSONAL_DATA_READ, "花名册不存在");
		if (!mayWork(county, by)) {
			throw new AccessDeniedException("只有发放抚恤的县级双拥办可以生成和审批花名册");
		}
	}

	private static void checkCounty(String county) {
		if (county == null || !county.matches("\\d{6}") || county.endsWith("00")) {
			throw new InvalidInputException("region 应为县级行政区划代码（6 位），如 532302，「" + county + "」不符合");
		}
	}
}
