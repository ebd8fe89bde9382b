package cn.shuangyong.pensions.rolls;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.shuangyong.audit.AuditEntry;
import cn.shuangyong.audit.AuditOutcome;
import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.beneficiaries.Disclosure;
import cn.shuangyong.beneficiaries.Payee;
import cn.shuangyong.documents.writing.ListLayout;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an approved roll is sent on as: the bank's payment file (plaintext names and accounts, so only the paying
 * county's office with the export permission takes it, and the registry records the disclosure) and the one-page
 * summary the office signs (no personal data, so anyone who may read the roll takes it). Both come from an approved
 * roll only, and every download is audited.
 */
@Service
@Transactional
public class RollFiles {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final PaymentRolls rolls;

	private final RollStore store;

	private final Disclosure disclosure;

	private final AuditTrail audit;

	private final BusinessClock clock;

	private final List<BankFile.Column> columns;

	private final boolean bom;

	RollFiles(PaymentRolls rolls, RollStore store, Disclosure disclosure, AuditTrail audit, BusinessClock clock,
			@Value("${shuangyong.pensions.bank-file.columns:SEQ,NAME,ACCOUNT,AMOUNT,MONTH,MEMO}") String columns,
			@Value("${shuangyong.pensions.bank-file.bom:true}") boolean bom) {
		this.rolls = rolls;
		this.store = store;
		this.disclosure = disclosure;
		this.audit = audit;
		this.clock = clock;
		this.columns = BankFile.layout(columns);
		this.bom = bom;
	}

	/** A bank file and what it left out: the lines to pay whose holder has no bank account on record. */
	public record BankBatch(byte[] csv, int payments, BigDecimal total, int withoutAccount, BigDecimal withoutAccountTotal) {
	}

	/**
	 * The bank's payment file of an approved roll: one row per line that pays anything, for holders with a bank
	 * account on record; 404 outside the scope, 403 for anyone but the paying county's office with the export
	 * permission (recorded as denied), 409 before approval.
	 */
	public BankBatch bankFile(String county, YearMonth month, CurrentUser by) {
		PaymentRoll roll = rolls.generated(county, month, by);
		if (!PaymentRolls.mayWork(county, by) || !by.can(Permission.PERSONAL_DATA_EXPORT)) {
			audit.recordIndependently(new AuditEntry(by.getUsername(), by.unitId(), by.regionCode(), null,
					"PENSION_BANK_FILE_DENIED", "PENSION_ROLL", String.valueOf(roll.id()), AuditOutcome.DENIED,
					county + " " + month + "：无权下载银行代发文件"));
			throw new AccessDeniedException("只有发放抚恤的县级双拥办、且有导出个人信息权限的人员可以下载银行代发文件（含银行账号明文）");
		}
		rolls.approved(county, month, by);
		List<RollLine> paying = rolls.allLines(roll).stream().filter(l -> l.total().signum() > 0).toList();
		Map<Long, Payee> payees = disclosure.payees(paying.stream().map(RollLine::personId).distinct().toList(),
				county + " " + month + " 抚恤金银行代发文件", by);
		List<BankFile.Payment> payments = new ArrayList<>();
		int without = 0;
		BigDecimal withoutTotal = BigDecimal.ZERO.setScale(2);
		for (RollLine line : paying) {
			Payee payee = payees.get(line.personId());
			if (payee == null || payee.bankAccount() == null) {
				without++;
				withoutTotal = withoutTotal.add(line.total());
				continue;
			}
			payments.add(new BankFile.Payment(payee.name(), payee.bankAccount(), line.person(), line.total(),
					"抚恤补助 " + month + " " + line.entitlement()));
		}
		BigDecimal total = payments.stream().map(BankFile.Payment::amount).reduce(BigDecimal.ZERO.setScale(2),
				BigDecimal::add);
		audit.exported(by, "PENSION_BANK_FILE_EXPORTED", AuditTarget.of("PENSION_ROLL", roll.id()), payments.size(),
				county + " " + month + " 银行代发文件，合计 " + total + " 元；未登记银行账号 " + without + " 笔 " + withoutTotal
						+ " 元未列入");
		return new BankBatch(BankFile.csv(columns, month, payments, bom), payments.size(), total, without,
				withoutTotal);
	}

	/** The one-page summary of an approved roll as .docx; 404 outside the scope, 409 before approval. */
	public byte[] summary(String county, YearMonth month, String countyName, CurrentUser by) {
		PaymentRoll roll = rolls.approved(county, month, by);
		byte[] docx = ListLayout.docx(RollSummary.of(countyName, roll,
				store.approvedOn(roll.id(), BusinessClock.CHINA), store.byKind(roll.id()),
				by.getUsername() + " " + WHEN.format(clock.now().atZone(BusinessClock.CHINA)) + " 导出"));
		audit.exported(by, "PENSION_ROLL_SUMMARY_EXPORTED", AuditTarget.of("PENSION_ROLL", roll.id()),
				roll.totals().lines(), county + " " + month + " 发放汇总表（不含个人信息）");
		return docx;
	}
}
