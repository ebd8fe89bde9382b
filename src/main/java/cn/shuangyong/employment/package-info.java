/**
 * Jobs for the spouses who moved with a soldier (随军家属就业): the needs a military unit's liaison registers, the posts
 * that local units offer (机关事业单位 posts set aside under the placement policy, 国有企业, private employers at job
 * fairs), matches proposed by region, education and wishes and confirmed by an officer, each offer, interview and
 * result, the outcome that closes a case within its time limit, and the job fairs (专场招聘会) whose yearly count per
 * city a model-city campaign reads as evidence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "随军家属就业",
		allowedDependencies = {"audit", "directory", "privacy", "shared", "supervision"})
package cn.shuangyong.employment;
