package cn.shuangyong.employment;

import java.time.Year;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posts local units offer and the job fairs (专场招聘会) they hold for military spouses; and, for a model-city
 * campaign's evidence, how many fairs a candidate city held in a year.
 */
@Service
public class JobFairs {

	private final PostStore posts;

	private final FairStore fairs;

	private final Directory directory;

	private final AuditTrail audit;

	JobFairs(PostStore posts, FairStore fairs, Directory directory, AuditTrail audit) {
		this.posts = posts;
		this.fairs = fairs;
		this.directory = directory;
		this.audit = audit;
	}

	@Transactional
	public long offer(NewPost post, CurrentUser by) {
		local(by, post.regionCode());
		if (post.employerUnitId() != null && directory.unit(new UnitId(post.employerUnitId()))
			.filter(u -> u.kind() != UnitKind.MILITARY).isEmpty()) {
			throw new InvalidInputException("用人单位不是目录中的地方单位");
		}
		if (post.fairId() != null) {
			FairStore.FairRow fair = fairs.find(post.fairId())
				.orElseThrow(() -> new InvalidInputException("招聘会不存在"));
			if (!by.covers(fair.regionCode())) {
				throw new InvalidInputException("招聘会不在本单位所在地区范围内");
			}
		}
		long id = posts.insert(post, by.unitId(), by.getUsername());
		audit.record(by, "JOB_POST_OFFERED", AuditTarget.of("JOB_POST", id), post.title());
		return id;
	}

	@Transactional
	public long hold(NewFair fair, CurrentUser by) {
		local(by, fair.regionCode());
		long id = fairs.insert(fair, by.unitId(), by.getUsername());
		audit.record(by, "JOB_FAIR_RECORDED", AuditTarget.of("JOB_FAIR", id), fair.title());
		return id;
	}

	/**
	 * How many job fairs for military spouses were held in a city (a prefecture or county, with the regions below it)
	 * in a year: the figure a model-city campaign counts as its indicator's evidence.
	 */
	public int fairsHeld(RegionCode city, Year year) {
		return fairs.heldWithin(city.value(), year.atDay(1), year.atMonth(12).atEndOfMonth());
	}

	/** Local units (not military ones) offer posts and hold fairs, within their own region. */
	private void local(CurrentUser by, String regionCode) {
		by.require(Permission.WORK_EDIT);
		Unit own = directory.unit(new UnitId(by.unitId())).orElseThrow(() -> new NotFoundException("单位不存在"));
		if (own.kind() == UnitKind.MILITARY) {
			throw new AccessDeniedException("岗位和招聘会由地方单位登记");
		}
		if (directory.region(RegionCode.of(regionCode)).isEmpty()) {
			throw new InvalidInputException("地区不存在");
		}
		if (!by.covers(regionCode)) {
			throw new InvalidInputException("地区不在本单位所在地区范围内");
		}
	}
}
