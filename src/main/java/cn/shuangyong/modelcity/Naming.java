package cn.shuangyong.modelcity;

import cn.shuangyong.shared.FreeText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.documents.DocNumber;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 命名 and 动态管理: the provincial office names a recommended candidate by document; a named city or county is
 * checked every year (复查, by the higher office or the province), and the province can withdraw the title with
 * written grounds (撤销命名).
 */
@Service
@Transactional
public class Naming {

	private final CampaignAccess access;

	private final CampaignStore store;

	private final CampaignLog log;

	private final JdbcClient jdbc;

	private final BusinessClock businessClock;

	Naming(CampaignAccess access, CampaignStore store, CampaignLog log, JdbcClient jdbc, BusinessClock businessClock) {
		this.access = access;
		this.store = store;
		this.log = log;
		this.jdbc = jdbc;
		this.businessClock = businessClock;
	}

	public void name(long campaignId, Integer seen, String docNumber, LocalDate on, CurrentUser by) {
		Campaign campaign = access.asProvince(campaignId, by);
		campaign.requireSeen(seen, "命名");
		campaign.name(DocNumber.parse(docNumber, "命名文件字号"), on, businessClock.today());
		store.save(campaign);
		log.record(campaignId, "NAMED", docNumber.strip() + "（" + on + "）", by);
	}

	public void recordCheck(long campaignId, int year, boolean passed, String notes, CurrentUser by) {
		Campaign campaign = access.visible(campaignId, by);
		if (!CampaignAccess.reviewer(campaign, by) && !CampaignAccess.province(by)) {
			throw new AccessDeniedException("只有上级双拥办或省双拥办可以登记复查");
		}
		campaign.checkYear(year, businessClock.today());
		List<String> problems = new ArrayList<>();
		String text = FreeText.required(notes, "复查情况", 4000, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		// one check a year: of two recorded at once, the unique key lets one in and the other is told so
		int added = jdbc.sql("""
				insert into modelcity.yearly_check (campaign_id, check_year, passed, notes, checked_by, checked_on)
				values (:c, :y, :p, :n, :by, :d)
				on conflict (campaign_id, check_year) do nothing""")
			.param("c", campaignId).param("y", year).param("p", passed).param("n", text).param("by", by.getUsername())
			.param("d", businessClock.today()).update();
		if (added == 0) {
			throw new ConflictException(year + " 年度的复查已经登记");
		}
		log.record(campaignId, "CHECKED", year + " 年度复查" + (passed ? "合格" : "不合格"), by);
	}

	public void withdraw(long campaignId, Integer seen, String grounds, String docNumber, LocalDate on,
			CurrentUser by) {
		Campaign campaign = access.asProvince(campaignId, by);
		campaign.requireSeen(seen, "撤销命名");
		campaign.withdraw(grounds, docNumber, on, businessClock.today());
		store.save(campaign);
		log.record(campaignId, "WITHDRAWN", grounds.strip(), by);
	}
}
