/**
 * Generated from docs/openapi.json by openapi-typescript (`npm run openapi`). Do not edit by hand:
 * a test fails when this file drifts from the routes. The web's client (api/http.ts) is typed by it.
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查 */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 平台时钟 */
        get: operations["getAdminClock"];
        put?: never;
        /** 设置平台时钟 */
        post: operations["postAdminClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 平台日期（上海时间）The platform clock’s legal date */
        get: operations["getToday"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 Sign in */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出 Sign out */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 Who am I */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 会话状态 Session state (200 signed in or not) */
        get: operations["getAuthSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/courts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 法院列表 */
        get: operations["getAdminCourts"];
        put?: never;
        /** 新增法院 */
        post: operations["postAdminCourts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/courts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改法院名称 */
        patch: operations["patchAdminCourtsById"];
        trace?: never;
    };
    "/api/courts/mine/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本院执行员（分案候选） */
        get: operations["getCourtsMineOfficers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户列表 */
        get: operations["getAdminUsers"];
        put?: never;
        /** 新增用户 */
        post: operations["postAdminUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改用户 */
        patch: operations["patchAdminUsersById"];
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志 */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计操作类型（筛选用） */
        get: operations["getAuditActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验审计哈希链 */
        get: operations["getAuditVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 期限计算 Due date of a legal period */
        get: operations["getCalendarDeadline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作日历状态（缺少的年份） */
        get: operations["getCalendarStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{year}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出某年日历（holiday-cn JSON 或 iCalendar） */
        get: operations["getCalendarByYearExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 日历年份 */
        get: operations["getCalendarYears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某年节假日与调休 */
        get: operations["getCalendarByYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改某年日历 */
        put: operations["putAdminCalendarByYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/calendar/{year}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入某年国务院放假安排（holiday-cn JSON 或 iCalendar 文件） */
        post: operations["postAdminCalendarByYearImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件列表 */
        get: operations["getCases"];
        put?: never;
        /**
         * 立案 File an enforcement case
         * @description Send `Idempotency-Key` to make a retried filing answer with the same case.
         */
        post: operations["postCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件详情 */
        get: operations["getCasesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadlines/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的期限（按紧迫程度） */
        get: operations["getDeadlinesMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分案 */
        post: operations["postCasesByIdAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录线下节点 */
        post: operations["postCasesByIdEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请延长执行期限 */
        post: operations["postCasesByIdExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/extension/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批延长期限 */
        post: operations["postCasesByIdExtensionDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/flag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记四类案件 */
        post: operations["postCasesByIdFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结案 */
        post: operations["postCasesByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 代码的中英文名称 Names of the codes the case API sends
         * @description They change only with a release: cacheable for an hour (`Cache-Control`).
         */
        get: operations["getLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 电子卷宗 */
        get: operations["getCasesByIdDocuments"];
        put?: never;
        /** 制作文书（执行通知书、报告财产令） */
        post: operations["postCasesByIdDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载文书 PDF */
        get: operations["getDocumentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 网络查控进度与结果
         * @description `{total, answered, failed, pending}` counts the case’s queries (every round); `byCategory` and `rounds` break them down; `requests` lists every request to an institution, controls included.
         */
        get: operations["getCasesByIdInquiries"];
        put?: never;
        /** 发起网络查控（一键查控，或所选类别） */
        post: operations["postCasesByIdInquiries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/inquiries/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新发送失败的查控请求
         * @description Every failed request of the case, or only those named in `requestIds`.
         */
        post: operations["postCasesByIdInquiriesRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 协助执行单位名录 */
        get: operations["getAdminInstitutions"];
        put?: never;
        /** 登记协助执行单位 */
        post: operations["postAdminInstitutions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/institutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改协助执行单位（密钥只写不读） */
        patch: operations["patchAdminInstitutionsById"];
        trace?: never;
    };
    "/api/cases/{id}/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 财产登记（查控结果） */
        get: operations["getCasesByIdAssets"];
        put?: never;
        /** 登记线下查找的财产（附证据） */
        post: operations["postCasesByIdAssets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/control": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 冻结/查封
         * @description Money needs `amount` (fen, at most the balance); other property is seized whole. `until` defaults to the longest period (CPL-Interp 485). Beyond the claim plus costs: 409 `assets.over_seizure`.
         */
        post: operations["postAssetsByIdControl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/deduct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 扣划至本案账户 */
        post: operations["postAssetsByIdDeduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除冻结/查封 */
        post: operations["postAssetsByIdRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 续行冻结/查封 */
        post: operations["postAssetsByIdRenew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 决定不予控制（说明理由） */
        post: operations["postAssetsByIdDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记财产线索 */
        post: operations["postCasesByIdLeads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核查财产线索 */
        post: operations["postLeadsByIdVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules/parameters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可配置的规则参数 Configurable numbers of the rulebook */
        get: operations["getRulesParameters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rules/{ruleId}/parameters/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改规则参数（自生效日期起适用，留痕） */
        put: operations["putAdminRulesByRuleIdParametersByName"];
        post?: never;
        /** 恢复规则参数默认值（即日起，留痕） */
        delete: operations["deleteAdminRulesByRuleIdParametersByName"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区逾期节点（按法院）Overdue deadlines of the court and the courts below it */
        get: operations["getSupervisionOverdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待我处理：延期申请、待分案、逾期节点 What waits for the head */
        get: operations["getSupervisionQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本案失信与限消 */
        get: operations["getCasesByIdCredit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/restrictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发布限制消费令
         * @description Send `Idempotency-Key` to make a retry answer with the same restriction (`idempotent-replayed`).
         */
        post: operations["postCasesByIdRestrictions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/dishonest-listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 纳入失信被执行人名单
         * @description 409 `credit.minor`, `credit.ground_one`, `credit.restriction_only`, `credit.period`, `credit.campus_loan`, `credit.relisting`, `credit.report`. Send `Idempotency-Key` to make a retry answer with the same listing (`idempotent-replayed`).
         */
        post: operations["postCasesByIdDishonestListings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/restrictions/{restrictionId}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 解除限制消费令（或登记解除申请）
         * @description `now: false` records the request only, which starts `credit.lift_restriction` (3 working days; urgent: at once).
         */
        post: operations["postCasesByIdRestrictionsByRestrictionIdLift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/restrictions/{restrictionId}/temporary-lifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 临时解除乘坐飞机、高铁限制（院长批准，最长一个月） */
        post: operations["postCasesByIdRestrictionsByRestrictionIdTemporaryLifts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/dishonest-listings/{listingId}/deletion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除失信信息
         * @description 409 `credit.delete`: a fixed-period listing ends at expiry or by early decision only (Dishonest 10 ¶2).
         */
        post: operations["postCasesByIdDishonestListingsByListingIdDeletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/dishonest-listings/{listingId}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销错误纳入 */
        post: operations["postCasesByIdDishonestListingsByListingIdRevocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/dishonest-listings/{listingId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记纠正申请（15日内审查） */
        post: operations["postCasesByIdDishonestListingsByListingIdCorrections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/credit-corrections/{correctionId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审查纠正申请 */
        post: operations["postCasesByIdCreditCorrectionsByCorrectionIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/credit-corrections/{correctionId}/reconsideration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记复议申请（驳回纠正申请的决定送达后10日内，向上一级法院）
         * @description 409 `credit.reconsideration_filing`: only a refused correction, once, within 10 days of service (`servedOn`, default the decision day). Starts `credit.reconsideration` (15 days); the listing stands.
         */
        post: operations["postCasesByIdCreditCorrectionsByCorrectionIdReconsideration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/credit-corrections/{correctionId}/reconsideration/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 复议决定（上一级法院）
         * @description `revoke: true` revokes (or deletes) the listing as the correction asked; the change feed says so. 403 for a user of the case’s own court.
         */
        post: operations["postCasesByIdCreditCorrectionsByCorrectionIdReconsiderationDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/restrictions/{restrictionId}/consumption-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记必要消费申请（生活或经营必需；受约束人员以个人财产支付） */
        post: operations["postCasesByIdRestrictionsByRestrictionIdConsumptionRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/consumption-requests/{requestId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 决定是否准许必要消费（事先批准）
         * @description 409 `credit.consumption` when allowing: the approval comes before the consumption (Restrict 8), paying from own property is for a bound person (Restrict 3), the restriction must be in force.
         */
        post: operations["postCasesByIdConsumptionRequestsByRequestIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/partner-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 合作单位密钥与调用量 */
        get: operations["getAdminPartnerKeys"];
        put?: never;
        /** 签发合作单位密钥（仅显示一次） */
        post: operations["postAdminPartnerKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/partner-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 吊销合作单位密钥 */
        post: operations["postAdminPartnerKeysByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/partner-keys/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新推送（合作单位接口恢复后）
         * @description Wakes the webhook delivery of a partner whose retries were exhausted while its endpoint was down: the changes after its cursor are sent again, in order. 404 unknown or revoked key, 409 no webhook.
         */
        post: operations["postAdminPartnerKeysByIdRedeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/dishonest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 失信被执行人公开查询 */
        get: operations["getPublicDishonest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/restricted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 限制消费人员公开查询 */
        get: operations["getPublicRestricted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/documents/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传卷宗材料（扫描件、照片、PDF）
         * @description The request body is the file itself (PDF, JPEG, PNG, TIFF or WebP, at most 20 MB), its type judged from its content.
         */
        post: operations["postCasesByIdDocumentsUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partner/v1/screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 联合惩戒筛查（合作单位）
         * @description Authorization: Bearer <partner key>. Up to 1,000 subjects, each `{idNumber}`, `{creditCode}` or `{digest}` (HMAC-SHA256 under the screening digest key, hex). Answers in the order sent; a malformed subject gets `{error}`. 401 without a valid key, 403 without the `screen` scope, 413 beyond 1,000, 429 over the key’s rate.
         */
        post: operations["postPartnerV1Screen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partner/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 失信与限消变更（游标）
         * @description Changes after the cursor `after`, in order; `next` is the cursor for the next call.
         */
        get: operations["getPartnerV1Changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assist/v1/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 协助执行单位回传结果（签名验证）
         * @description The assist protocol's callback (docs/protocol/assist.md): results for requests this hub sent with /assist/v1/batches. 401 unsigned, wrong key, stale or replayed; 400 malformed; 404 naming ids the hub never sent to that institution; nothing of a refused callback is applied.
         */
        post: operations["postAssistV1Callbacks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案款账户（一案一账号）：余额与流水 */
        get: operations["getCasesByIdAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/cash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 现金/柜台收款登记（出具收据）
         * @description Money taken at the finance counter or in cash. Cash: 409 `funds.cash` unless two officers took it, the payer signed the record, and it was handed over the same day (the next, with a reason). Answers the receipt.
         */
        post: operations["postCasesByIdCash"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本案发款 */
        get: operations["getCasesByIdPayouts"];
        put?: never;
        /**
         * 提出发款（承办人）
         * @description Holds the amount on the case account until the head approves and finance pays. 409 `funds.payee` for an account other than the one confirmed at filing, `funds.balance` beyond the available balance. Send `Idempotency-Key` to make a retry answer with the same payout.
         */
        post: operations["postCasesByIdPayouts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payouts/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准发款（发款通知） */
        post: operations["postPayoutsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payouts/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予批准发款（释放冻结） */
        post: operations["postPayoutsByIdRefuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payouts/{id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 财务发放（经银行） */
        post: operations["postPayoutsByIdExecute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/lodgings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本案争议款暂缓发放 */
        get: operations["getCasesByIdLodgings"];
        put?: never;
        /**
         * 争议款暂缓发放（说明理由，报执行局长批准）
         * @description Holds the disputed amount on the case account (a pending transfer to the court’s `lodged` book) so only the undisputed part can be paid out first. 409 `funds.balance` beyond the available balance.
         */
        post: operations["postCasesByIdLodgings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lodgings/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准暂缓发放 */
        post: operations["postLodgingsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lodgings/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予批准暂缓发放（释放冻结） */
        post: operations["postLodgingsByIdRefuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lodgings/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 争议解决，解除暂缓发放 */
        post: operations["postLodgingsByIdRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/application-fee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执行申请费（按《诉讼费用交纳办法》第14条计算） */
        get: operations["getCasesByIdApplicationFee"];
        put?: never;
        /**
         * 从案款中收取执行申请费（记账）
         * @description Books the fee computed on the case’s claim from the case account to the court’s fees book, once per case: 201 when booked now, 200 with the booking when it was booked before. 409 `funds.balance` when short.
         */
        post: operations["postCasesByIdApplicationFee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds/distribution-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 参与分配方案计算（按比例；企业法人首封优先）
         * @description Computes a plan, stores nothing. `person`/`organisation` debtor: costs, priority claims by rank, ordinary claims pro rata (CPL-Interp 506–508); `enterprise` (its transfer to bankruptcy not accepted or refused): ordinary claims in the order of seizure, each needing `seizedOn` (CPL-Interp 514). To the fen, the remainder rule stated in the answer.
         */
        post: operations["postFundsDistributionPlans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 发款队列 */
        get: operations["getFundsPayouts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds/unidentified": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 不明款 */
        get: operations["getFundsUnidentified"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds/unidentified/{id}/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不明款认领到案件 */
        post: operations["postFundsUnidentifiedByIdMatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds/reconciliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 对账记录与异常 */
        get: operations["getFundsReconciliations"];
        put?: never;
        /**
         * 与银行对账（执行款专户流水）
         * @description Compares the bank’s statement lines after the last reconciled one with the booked lines: a line never received is booked now; every difference is an exception in the answer. 422 when the bank does not answer.
         */
        post: operations["postFundsReconciliations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账务核验（分录平衡等不变式） */
        get: operations["getFundsVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/distribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 参与分配：债权人、分配方案、异议与期间 */
        get: operations["getCasesByIdDistribution"];
        put?: never;
        /**
         * 启动参与分配（被执行人为自然人或其他组织）
         * @description 409 `funds.distribution_enterprise` for an enterprise legal person (首封优先, CPL-Interp 514, applies instead); 409 when the case already has one.
         */
        post: operations["postCasesByIdDistribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/distributions/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 债权人书面申请参与分配（附执行依据）
         * @description An ordinary creditor joins with his title (named, or a document uploaded to the case’s dossier); secured and preferential creditors may join directly. 409 `funds.distribution_join` once the shares are being paid, or without a title. Joining a served plan withdraws it (drawn and served again).
         */
        post: operations["postDistributionsByIdClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/distributions/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 制作并送达分配方案（文书，金额大写）
         * @description Draws the plan over `amount` (costs, priority claims by rank, ordinary claims pro rata to the fen, the remainder rule), stores it as a document served on every creditor and the debtor; the 15 days to object start. 409 `funds.balance` beyond the available money.
         */
        post: operations["postDistributionsByIdPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/distributions/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记对分配方案的书面异议（送达后15日内）
         * @description `changes`: the claims the objector says should be admitted at another amount (0: not at all). 409 `funds.distribution_objection_in_time` after the 15 days from service.
         */
        post: operations["postDistributionsByIdObjections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/distribution-objections/{id}/notify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 通知其他债权人和被执行人（反对意见期间起算） */
        post: operations["postDistributionObjectionsByIdNotify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/distribution-objections/{id}/oppose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记反对意见（收到通知后15日内） */
        post: operations["postDistributionObjectionsByIdOppose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/distribution-objections/{id}/revise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 无人反对：按异议修正分配方案 */
        post: operations["postDistributionObjectionsByIdRevise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/distribution-objections/{id}/suit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记异议人起诉（收到反对意见通知后15日内；争议款提存） */
        post: operations["postDistributionObjectionsByIdSuit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/distribution-objections/{id}/lapse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 逾期未起诉：按原分配方案分配 */
        post: operations["postDistributionObjectionsByIdLapse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/distribution-objections/{id}/uphold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记判决：支持异议（修正方案，解除提存） */
        post: operations["postDistributionObjectionsByIdUphold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/distribution-objections/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记判决：驳回异议（按原方案，解除提存） */
        post: operations["postDistributionObjectionsByIdDismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/distributions/{id}/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发放无争议的分配款（异议期满后）
         * @description Each creditor’s undisputed share not yet proposed becomes a payout to the account he named when joining, held at once (the head approves, finance pays). 409 `funds.distribution_period_running` before the objection period ended; `funds.balance` when the account is short.
         */
        post: operations["postDistributionsByIdPayouts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 繁简分流 The case’s track (simple or normal) */
        get: operations["getCasesByIdTriage"];
        put?: never;
        /** 更正繁简分流 Correct the track, with a reason (audited) */
        post: operations["postCasesByIdTriage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/bankruptcy-transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执转破：建议、步骤与中止的案件 Transfer to bankruptcy: suggestion, steps, suspended cases */
        get: operations["getCasesByIdBankruptcyTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/bankruptcy-transfer/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 记录申请执行人或被执行人是否书面同意移送破产审查
         * @description A consent counts as written only with `documentId`, the signed statement uploaded to the case dossier.
         */
        post: operations["postCasesByIdBankruptcyTransferConsents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/bankruptcy-transfer/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 合议庭评议（无书面同意：409 bankruptcy.consent；评议不同意后再次评议须有新事实：bankruptcy.review_again） */
        post: operations["postCasesByIdBankruptcyTransferReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/bankruptcy-transfer/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 院长签署移送决定：生成决定书，中止各法院对同一被执行人的执行 */
        post: operations["postCasesByIdBankruptcyTransferDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/bankruptcy-transfer/service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 移送决定已送达（5日内） */
        post: operations["postCasesByIdBankruptcyTransferService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/bankruptcy-transfer/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受移送法院是否受理：受理则解除查封冻结；不予受理则恢复执行 */
        post: operations["postCasesByIdBankruptcyTransferAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/bankruptcy-transfer/declaration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 宣告破产：终结执行 */
        post: operations["postCasesByIdBankruptcyTransferDeclaration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/bankruptcy-transfer/materials-returned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予受理后材料和财产已退回（7日内） */
        post: operations["postCasesByIdBankruptcyTransferMaterialsReturned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/valuations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 询价评估：该财产的参考价程序与结果 */
        get: operations["getAssetsByIdValuations"];
        put?: never;
        /**
         * 启动确定参考价（议价、定向询价、网络询价、委托评估）
         * @description Send `Idempotency-Key` to make a retry answer with the same procedure. `agreement` and `targeted_inquiry` need `price` (fen) and set it at once; `online_inquiry` goes to every platform on the list; `appraisal` draws agencies. Out of the legal order: 409 `valuation.method_order`.
         */
        post: operations["postAssetsByIdValuations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/valuations/{id}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 摇号记录（公开，可复核）
         * @description The seed, the list, the result and the result recomputed by the published algorithm (`sha256-rank-v1`, docs/valuation.md): anyone can check that `recomputed` equals `result`.
         */
        get: operations["getValuationsByIdDraw"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/valuations/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记评估报告（其数额为参考价） */
        post: operations["postValuationsByIdReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/valuations/{id}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 延长评估期限（15日，至多两次）
         * @description Asked at least 5 days before the period ends, at most twice: otherwise 409 `valuation.report_extension`.
         */
        post: operations["postValuationsByIdExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/valuations/{id}/next-agency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评估机构逾期：由下一顺序机构评估 */
        post: operations["postValuationsByIdNextAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/valuations/{id}/reissue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 参考价有效期届满：重新确定参考价
         * @description A new procedure on the same asset by the same method, linked (`reissueOf`): an appraisal goes back to the agency that reported, due in 15 days; an online inquiry to every platform (3 days); agreement and targeted inquiry need `price`. Before the year is over, or while another procedure runs: 409 `valuation.reissue`. `Idempotency-Key` honoured.
         */
        post: operations["postValuationsByIdReissue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/valuations/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 评估机构退回委托（逾期或不能评估），由下一机构承办或重新摇号
         * @description `missed_period` only after the period (stays excluded): otherwise 409 `valuation.agency_return`. Returned more than 3 days after the period: recorded `late`. With no drawn agency left, 3 more are drawn from the list without those that had the file (`draw`, checkable at /api/valuations/:id/draw).
         */
        post: operations["postValuationsByIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/valuations/{id}/stay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 暂停计算评估期限（不计入评估期限） */
        post: operations["postValuationsByIdStay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/valuations/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复计算评估期限（顺延暂停天数） */
        post: operations["postValuationsByIdResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/valuations/{id}/service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 送达询价/评估结果（异议期5日） */
        post: operations["postValuationsByIdService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/valuations/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 当事人异议（收到结果后5日内）
         * @description Refused (409 `valuation.objection`) after 5 days from receipt and against an agreed or targeted price. An upheld objection to one platform (`platform`, `upheld`) leaves its figure out of the mean.
         */
        post: operations["postValuationsByIdObjections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/valuations/{id}/objections/{objectionId}/forwarded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 实体异议转交评估机构（3日内） */
        post: operations["postValuationsByIdObjectionsByObjectionIdForwarded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/valuations/{id}/objections/{objectionId}/answered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记评估机构对异议的说明（5日内） */
        post: operations["postValuationsByIdObjectionsByObjectionIdAnswered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/own-sale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 准许被执行人自行变卖（最长90日）
         * @description After a reference price; `until` at most 90 days on: otherwise 409 `valuation.own_sale`.
         */
        post: operations["postAssetsByIdOwnSale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/valuation-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 询价平台与评估机构名单 */
        get: operations["getAdminValuationLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/price-platforms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 新增司法网络询价平台
         * @description The key signs the messages to the platform (assist-protocol); it is never shown again.
         */
        post: operations["postAdminPricePlatforms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/price-platforms/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 启用、停用或修改询价平台 */
        patch: operations["patchAdminPricePlatformsByCode"];
        trace?: never;
    };
    "/api/admin/appraisal-agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增评估机构（摇号名单） */
        post: operations["postAdminAppraisalAgencies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/appraisal-agencies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 启用、停用或更名评估机构 */
        patch: operations["patchAdminAppraisalAgenciesByCode"];
        trace?: never;
    };
    "/api/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通知发件箱（演示环境记录的短信） */
        get: operations["getAdminOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 公众账户注册（实名，短信验证码）
         * @description Real name, resident identity number (GB 11643) or unified social credit code (GB 32100), mobile phone. A six-digit code is sent through the outbox; confirm it at /api/people/confirm.
         */
        post: operations["postPeopleSignup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发送登录验证码 */
        post: operations["postPeopleCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 验证码确认并登录 */
        post: operations["postPeopleConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前公众账户 */
        get: operations["getPeopleMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/signout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公众账户退出 */
        post: operations["postPeopleSignout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/auctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本财产的拍卖（各轮次） */
        get: operations["getAssetsByIdAuctions"];
        put?: never;
        /**
         * 设定拍卖（起拍价、保证金、加价幅度、公告与竞价时间）
         * @description Amounts in fen, instants ISO 8601. 409 `violations` naming `auction.start_price` (first round ≥ 70% of the reference price), `auction.deposit` (5–20% of the start), `auction.duration` (≥ 24 h), `auction.announcement` (15 days movables, 30 real estate and property rights), `auction.reduction` (later rounds), `auction.schedule`. Records case event `auction.created` {assetId, auctionId, round}. On a case suspended for a bankruptcy transfer, 409 `bankruptcy.suspended` unless `perishableReason` is given.
         */
        post: operations["postAssetsByIdAuctions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/auctions/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 拍卖设定预检（提交前逐项说明规则）
         * @description The guards of POST /api/assets/:id/auctions on a draft, without creating anything.
         */
        post: operations["postAssetsByIdAuctionsCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/auctions/{auctionId}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记买受人付清价款（保证金抵作价款，余款入案款账户） */
        post: operations["postAssetsByIdAuctionsByAuctionIdPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/auctions/{auctionId}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记悔拍（保证金不予退还，依次抵付费用、差价、本案债务；悔拍人不得再次竞买）
         * @description `costs` (fen, default 0): the auction's costs, paid from the forfeited deposit at once; the rest is reserved until the asset is disposed of again, then covers the shortfall and this case's debt (Auction 24).
         */
        post: operations["postAssetsByIdAuctionsByAuctionIdDefault"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 变卖（二拍流拍后，以二拍起拍价在同一平台变卖）
         * @description The price is the failed second auction's starting price and the deposit the whole price (paying it qualifies a bidder); open from `announcedAt` for the court's `openDays`; the first bid opens `biddingHours` of bidding, later bids extend by `extensionMinutes` (rule `auction.sale_periods`). 409 `auction.sale` (Auction 37): no failed second auction, or announced later than `announceWithinDays`; 409 `valuation.sale_close` (RefPrice 27): it would close more than 6 months after its rounds' reference price expired.
         */
        post: operations["postAssetsByIdSales"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/auctions/{auctionId}/in-kind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 以物抵债（流拍或变卖不成后，执行债权人以该次价格承受）
         * @description The taker (`partyId`): the applicant of this case or of another open case against the same debtor. His claim is reduced by the price (at most the claim, a non-cash settlement in the ledger); a smaller claim needs `paysDifference`. 409 `auction.in_kind` (拍卖变卖规定 16). The ruling (`in_kind_ruling`) goes into the dossier; case event `auction.taken_in_kind`.
         */
        post: operations["postAssetsByIdAuctionsByAuctionIdInKind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/auctions/{auctionId}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 成交后交付节点及期限 */
        get: operations["getAssetsByIdAuctionsByAuctionIdHandover"];
        put?: never;
        /** 完成交付节点（裁定送达、交付、腾退、过户） */
        post: operations["postAssetsByIdAuctionsByAuctionIdHandover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/auctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开拍卖列表（已公告） */
        get: operations["getPublicAuctions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/auctions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 拍卖详情（公开）：当前价、结束时间、出价记录（竞买号）
         * @description Live updates: WebSocket `/api/public/auctions/:id/live` (docs/auction.md).
         */
        get: operations["getPublicAuctionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auctions/{id}/bidders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 报名竞买并交纳保证金（公众账户）
         * @description Needs a public account session (cookie `zx_person`, header `x-csrf-token`). The deposit becomes a pending hold in the funds ledger; the applicant creditor pays only what its claim does not cover. 409 `auction.barred` for a defaulting winner or a declared conflict (Auction 24, 34).
         */
        post: operations["postAuctionsByIdBidders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auctions/{id}/bids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 出价（公众账户，已报名）
         * @description Committed before it is acknowledged: 201 `{seq, amount, endsAt}`. 409 naming `auction.open`, `auction.bid_minimum`, `auction.increment`, `auction.priority`, `auction.bid_leading` or `auction.deposit`. Send `Idempotency-Key` to make a retry answer with the same bid (header `idempotent-replayed`), never a second one. At most 20 bids per bidder in 10 seconds (429 with `retry-after`).
         */
        post: operations["postAuctionsByIdBids"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/auctions/{auctionId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 拍卖公开的照片与材料 */
        get: operations["getAssetsByIdAuctionsByAuctionIdAttachments"];
        /**
         * 选定随拍卖公开的卷宗照片与材料
         * @description The uploads of the case’s dossier (photos, PDFs) shown on the public auction page, in order; replaces the last choice. Anything else (issued documents, TIFF scans, another case’s files): 400 naming the item.
         */
        put: operations["putAssetsByIdAuctionsByAuctionIdAttachments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/auctions/{id}/dossier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 拍卖标的照片、材料与参考价的确定方式（公开） */
        get: operations["getPublicAuctionsByIdDossier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/auctions/{id}/attachments/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载拍卖公开的照片或材料 */
        get: operations["getPublicAuctionsByIdAttachmentsByDocumentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/closing-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 终本条件核对清单 */
        get: operations["getCasesByIdClosingCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/dormant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 终本案件库记录 */
        get: operations["getCasesByIdDormant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/restorations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 恢复执行关联（原案与执恢案） */
        get: operations["getCasesByIdRestorations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/dormant/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 记录终本案件库信息错误（3日内更正，规则 dormant.correct）
         * @description Records node `dormant.error_recorded` {errorId, field, description}: the deadline `dormant.correct` (Dormant 18, 3 days, warn) runs until the correction. 409 when the case is not in the pool.
         */
        post: operations["postCasesByIdDormantErrors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/dormant/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更正或删除终本案件库信息
         * @description `correct` (optionally the right `enteredOn`, moving the 5 years and the re-query) or `remove` (a case wrongly pooled: off the public search, its ruling unpublished, no more re-queries). Node `dormant.corrected` meets `dormant.correct`; audited `dormant.correct` / `dormant.remove`.
         */
        post: operations["postCasesByIdDormantCorrections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复执行（执恢） */
        post: operations["postCasesByIdRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/dormant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 终本案件公开查询 */
        get: operations["getPublicDormant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/dormant/{id}/ruling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 终本裁定公开（身份证号码脱敏）
         * @description The ruling of a case in the dormant pool (Dormant 6), the link each public entry carries: the document text, the parties with identity numbers masked. 404 for any other case.
         */
        get: operations["getPublicDormantByIdRuling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/dormant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 终本监管指标（按法院）：终本率、恢复执行、定期查询覆盖率、缺条件终本数 */
        get: operations["getSupervisionDormant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bank/v1/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 银行推送执行款专户流水（签名验证）
         * @description Statement lines of the escrow account, signed by the bank. Each line is booked once: a line sent again is counted in `duplicates`. 401 unsigned, wrong key, stale or replayed; 400 malformed.
         */
        post: operations["postBankV1Statements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details; `title`, `detail` and messages in the request’s language. */
        Problem: {
            /** @example urn:zhixing:problem:rule_violation */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            errors?: {
                path: string;
                message: string;
            }[];
            violations?: {
                ruleId: string;
                clause: string;
                message: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                        version: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `retry-after` header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        now: string;
                        settable: boolean;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    now: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        now: string;
                        settable: boolean;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getToday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        today: string;
                        now: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            username: string;
                            displayName: string;
                            roles: string[];
                            court: {
                                id: string;
                                code: string;
                                name: string;
                                level: string;
                            };
                        };
                        csrfToken: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `retry-after` header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            username: string;
                            displayName: string;
                            roles: string[];
                            court: {
                                id: string;
                                code: string;
                                name: string;
                                level: string;
                            };
                        };
                        abilities: string[];
                        csrfToken: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        signedIn: false;
                    } | {
                        user: {
                            id: string;
                            username: string;
                            displayName: string;
                            roles: string[];
                            court: {
                                id: string;
                                code: string;
                                name: string;
                                level: string;
                            };
                        };
                        abilities: string[];
                        csrfToken: string;
                        /** @enum {boolean} */
                        signedIn: true;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminCourts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            code: string;
                            name: string;
                            /** @enum {string} */
                            level: "supreme" | "high" | "intermediate" | "basic";
                            parentId: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminCourts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    /** Format: uuid */
                    parentId: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        code: string;
                        name: string;
                        /** @enum {string} */
                        level: "supreme" | "high" | "intermediate" | "basic";
                        parentId: string | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchAdminCourtsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        code: string;
                        name: string;
                        /** @enum {string} */
                        level: "supreme" | "high" | "intermediate" | "basic";
                        parentId: string | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCourtsMineOfficers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            username: string;
                            displayName: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            username: string;
                            displayName: string;
                            roles: string[];
                            active: boolean;
                            court: {
                                id: string;
                                code: string;
                                name: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    displayName: string;
                    password: string;
                    /** Format: uuid */
                    courtId: string;
                    roles: ("officer" | "head" | "supervisor" | "finance" | "admin")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        displayName: string;
                        roles: string[];
                        active: boolean;
                        court: {
                            id: string;
                            code: string;
                            name: string;
                        };
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchAdminUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    roles?: ("officer" | "head" | "supervisor" | "finance" | "admin")[];
                    active?: boolean;
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        displayName: string;
                        roles: string[];
                        active: boolean;
                        court: {
                            id: string;
                            code: string;
                            name: string;
                        };
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: {
                subject?: string;
                /** @description 账户 id、用户名或姓名 */
                actor?: string;
                /** @description 操作代码，或其分组（如 case） */
                action?: string;
                /** @description 案件 id 或案号 */
                case?: string;
                /** @description 起始日期（北京时间，含） */
                from?: string;
                /** @description 截止日期（北京时间，含） */
                to?: string;
                /** @description 只列序号小于此数的条目（翻页） */
                before?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            seq: number;
                            at: string;
                            actor: {
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            courtCode: string | null;
                            action: string;
                            actionTitle: {
                                zh: string;
                                en: string;
                            };
                            subject: string;
                            case: {
                                id: string;
                                caseNumber: string;
                            } | null;
                            hash: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditActions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        groups: {
                            group: string;
                            title: {
                                zh: string;
                                en: string;
                            };
                            actions: {
                                action: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        entries: number;
                        brokenAt?: {
                            seq: number;
                            reason: string;
                        };
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarDeadline: {
        parameters: {
            query: {
                from: string;
                count: number;
                unit: "working_days" | "days" | "months";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        due: string;
                        provisional: boolean;
                        reason: {
                            zh: string;
                            en: string;
                        } | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `retry-after` header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        years: number[];
                        missing: {
                            year: number;
                            message: {
                                zh: string;
                                en: string;
                            };
                        } | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarByYearExport: {
        parameters: {
            query?: {
                format?: "holiday-cn" | "ics";
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `retry-after` header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarYears: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        years: number[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `retry-after` header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        days: {
                            date: string;
                            /** @enum {string} */
                            kind: "holiday" | "workday";
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `retry-after` header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putAdminCalendarByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    days: {
                        date: string;
                        /** @enum {string} */
                        kind: "holiday" | "workday";
                        name: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        days: {
                            date: string;
                            /** @enum {string} */
                            kind: "holiday" | "workday";
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminCalendarByYearImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    format: "holiday-cn" | "ics";
                    content: string;
                    /** @default false */
                    confirmed?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        days: {
                            date: string;
                            /** @enum {string} */
                            kind: "holiday" | "workday";
                            name: string;
                        }[];
                        skipped: {
                            date: string;
                            /** @enum {string} */
                            kind: "holiday" | "workday";
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCases: {
        parameters: {
            query?: {
                q?: string;
                status?: "open" | "closed";
                deadline?: "overdue" | "due_soon" | "on_track";
                flag?: "major" | "difficult" | "complex" | "sensitive" | "any";
                officerId?: string;
                /** @description closed on or after (结案日期) */
                closedFrom?: string;
                /** @description closed on or before */
                closedTo?: string;
                /** @description 繁简分流 (case_triage) */
                track?: "simple" | "normal";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            caseNumber: string;
                            type: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            filedOn: string;
                            /** @description fen */
                            claimAmount: number;
                            /** @description fen */
                            paidAmount: number;
                            /** @enum {string|null} */
                            flag: "major" | "difficult" | "complex" | "sensitive" | null;
                            closedOn: string | null;
                            /** @description a key of `closingMethods` in GET /api/labels */
                            closingMethod: string | null;
                            courtCode: string;
                            officerName: string | null;
                            applicants: string[];
                            debtors: string[];
                            /** @description the unmet deadline due first */
                            nextDeadline: {
                                ruleId: string;
                                title: {
                                    zh: string;
                                    en: string;
                                } | null;
                                dueOn: string;
                                overdue: boolean;
                                /** @description counted without its year’s holidays (暂定): the date may move */
                                provisional: boolean;
                                provisionalReason: {
                                    zh: string;
                                    en: string;
                                } | null;
                            } | null;
                        }[];
                        /** @description counted up to 10,000 */
                        total: number;
                        totalCapped: boolean;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default 执
                     * @enum {string}
                     */
                    type?: "执" | "执恢" | "执保" | "执异" | "执复" | "执监" | "执协" | "执他";
                    basis: {
                        documentNumber: string;
                        issuingCourt: string;
                        /** @enum {string} */
                        kind: "judgment" | "ruling" | "mediation" | "arbitration" | "notarial" | "other";
                        effectiveOn: string;
                        duty: string;
                    };
                    applicants: ({
                        /** @enum {string} */
                        kind: "person";
                        name: string;
                        idNumber: string;
                        phone?: string;
                        address?: string;
                        payoutAccount: {
                            bankName: string;
                            accountNo: string;
                            accountName: string;
                        };
                    } | {
                        /** @enum {string} */
                        kind: "entity";
                        name: string;
                        creditCode: string;
                        legalRepresentative: {
                            name: string;
                            idNumber?: string;
                        };
                        phone?: string;
                        address?: string;
                        payoutAccount: {
                            bankName: string;
                            accountNo: string;
                            accountName: string;
                        };
                    })[];
                    debtors: ({
                        /** @enum {string} */
                        kind: "person";
                        name: string;
                        idNumber: string;
                        phone?: string;
                        address?: string;
                    } | {
                        /** @enum {string} */
                        kind: "entity";
                        name: string;
                        creditCode: string;
                        legalRepresentative: {
                            name: string;
                            idNumber?: string;
                        };
                        phone?: string;
                        address?: string;
                    })[];
                    claimAmount: number;
                    receivedOn?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNumber: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNumber: string;
                        type: string;
                        /** @enum {string} */
                        status: "open" | "closed";
                        filedOn: string;
                        /** @description fen */
                        claimAmount: number;
                        /** @description fen */
                        paidAmount: number;
                        /** @enum {string|null} */
                        flag: "major" | "difficult" | "complex" | "sensitive" | null;
                        closedOn: string | null;
                        /** @description a key of `closingMethods` in GET /api/labels */
                        closingMethod: string | null;
                        receivedOn: string;
                        court: {
                            id: string;
                            code: string;
                            name: string;
                        };
                        basis: {
                            documentNumber: string;
                            issuingCourt: string;
                            /** @enum {string} */
                            kind: "judgment" | "ruling" | "mediation" | "arbitration" | "notarial" | "other";
                            effectiveOn: string;
                            duty: string;
                        };
                        /** @description 一案一账号: where the debtor pays */
                        caseAccount: {
                            bankName: string;
                            accountNo: string;
                            accountName: string;
                        };
                        officer: {
                            id: string;
                            displayName: string;
                        } | null;
                        applicants: {
                            id: string;
                            /** @enum {string} */
                            role: "applicant" | "debtor";
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            legalRepresentative: {
                                name: string;
                                idNumber?: string;
                            } | null;
                            phone: string | null;
                            address: string | null;
                            payoutAccount: {
                                bankName: string;
                                accountNo: string;
                                accountName: string;
                            } | null;
                        }[];
                        debtors: {
                            id: string;
                            /** @enum {string} */
                            role: "applicant" | "debtor";
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            legalRepresentative: {
                                name: string;
                                idNumber?: string;
                            } | null;
                            phone: string | null;
                            address: string | null;
                            payoutAccount: {
                                bankName: string;
                                accountNo: string;
                                accountName: string;
                            } | null;
                        }[];
                        deadlines: {
                            /** @description counted without its year’s holidays (暂定): the date may move */
                            provisional: boolean;
                            provisionalReason: {
                                zh: string;
                                en: string;
                            } | null;
                            ruleId: string;
                            /** @description which instance of a keyed rule (an asset’s or a lead’s id); empty for the case’s own */
                            key: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            action: "remind" | "warn" | "refuse";
                            triggeredOn: string;
                            dueOn: string;
                            satisfiedOn: string | null;
                            /** @enum {string} */
                            status: "open" | "met" | "met_late" | "overdue" | "paused";
                            /** @description calendar days to dueOn, negative when overdue; null once met */
                            daysLeft: number | null;
                        }[];
                        warnings: {
                            ruleId: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            level: "info" | "warn";
                            message: {
                                zh: string;
                                en: string;
                            };
                        }[];
                        timeline: {
                            id: number;
                            /** @description a key of `events` in GET /api/labels */
                            type: string;
                            on: string;
                            /** @description when it was recorded */
                            at: string;
                            /** @description the display name of who recorded it, or `system` / `import` */
                            actor: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description document ids (the dossier’s) */
                            evidence: string[];
                        }[];
                        today: string;
                        /** @description what this user may do on the case now (none once closed) */
                        abilities: string[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDeadlinesMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        today: string;
                        items: {
                            caseId: string;
                            caseNumber: string;
                            ruleId: string;
                            title: {
                                zh: string;
                                en: string;
                            } | null;
                            dueOn: string;
                            /** @enum {string} */
                            status: "open" | "met" | "met_late" | "overdue" | "paused";
                            /** @description counted without its year’s holidays (暂定): the date may move */
                            provisional: boolean;
                            provisionalReason: {
                                zh: string;
                                en: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    officerId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNumber: string;
                        type: string;
                        /** @enum {string} */
                        status: "open" | "closed";
                        filedOn: string;
                        /** @description fen */
                        claimAmount: number;
                        /** @description fen */
                        paidAmount: number;
                        /** @enum {string|null} */
                        flag: "major" | "difficult" | "complex" | "sensitive" | null;
                        closedOn: string | null;
                        /** @description a key of `closingMethods` in GET /api/labels */
                        closingMethod: string | null;
                        receivedOn: string;
                        court: {
                            id: string;
                            code: string;
                            name: string;
                        };
                        basis: {
                            documentNumber: string;
                            issuingCourt: string;
                            /** @enum {string} */
                            kind: "judgment" | "ruling" | "mediation" | "arbitration" | "notarial" | "other";
                            effectiveOn: string;
                            duty: string;
                        };
                        /** @description 一案一账号: where the debtor pays */
                        caseAccount: {
                            bankName: string;
                            accountNo: string;
                            accountName: string;
                        };
                        officer: {
                            id: string;
                            displayName: string;
                        } | null;
                        applicants: {
                            id: string;
                            /** @enum {string} */
                            role: "applicant" | "debtor";
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            legalRepresentative: {
                                name: string;
                                idNumber?: string;
                            } | null;
                            phone: string | null;
                            address: string | null;
                            payoutAccount: {
                                bankName: string;
                                accountNo: string;
                                accountName: string;
                            } | null;
                        }[];
                        debtors: {
                            id: string;
                            /** @enum {string} */
                            role: "applicant" | "debtor";
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            legalRepresentative: {
                                name: string;
                                idNumber?: string;
                            } | null;
                            phone: string | null;
                            address: string | null;
                            payoutAccount: {
                                bankName: string;
                                accountNo: string;
                                accountName: string;
                            } | null;
                        }[];
                        deadlines: {
                            /** @description counted without its year’s holidays (暂定): the date may move */
                            provisional: boolean;
                            provisionalReason: {
                                zh: string;
                                en: string;
                            } | null;
                            ruleId: string;
                            /** @description which instance of a keyed rule (an asset’s or a lead’s id); empty for the case’s own */
                            key: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            action: "remind" | "warn" | "refuse";
                            triggeredOn: string;
                            dueOn: string;
                            satisfiedOn: string | null;
                            /** @enum {string} */
                            status: "open" | "met" | "met_late" | "overdue" | "paused";
                            /** @description calendar days to dueOn, negative when overdue; null once met */
                            daysLeft: number | null;
                        }[];
                        warnings: {
                            ruleId: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            level: "info" | "warn";
                            message: {
                                zh: string;
                                en: string;
                            };
                        }[];
                        timeline: {
                            id: number;
                            /** @description a key of `events` in GET /api/labels */
                            type: string;
                            on: string;
                            /** @description when it was recorded */
                            at: string;
                            /** @description the display name of who recorded it, or `system` / `import` */
                            actor: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description document ids (the dossier’s) */
                            evidence: string[];
                        }[];
                        today: string;
                        /** @description what this user may do on the case now (none once closed) */
                        abilities: string[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "notice.served" | "report_order.served" | "document.served" | "inquiry.started" | "inquiry.answered" | "investigation.onsite" | "interview.applicant" | "restriction.issued" | "performance.recorded" | "applicant.confirmed_performance" | "applicant.agreed_dormant" | "panel.approved_dormant" | "report.checked" | "sanction.imposed" | "listing.declined" | "obstruction.recorded" | "search.warranted" | "search.conducted" | "audit.requested" | "audit.decided" | "reward.requested" | "reward.published" | "disposal.impossible" | "first_court.asked" | "debtor.missing" | "debtor.searched" | "pause.started" | "pause.ended";
                    on: string;
                    /** @default {} */
                    data?: {
                        [key: string]: unknown;
                    };
                    /** @default [] */
                    evidence?: string[];
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNumber: string;
                        type: string;
                        /** @enum {string} */
                        status: "open" | "closed";
                        filedOn: string;
                        /** @description fen */
                        claimAmount: number;
                        /** @description fen */
                        paidAmount: number;
                        /** @enum {string|null} */
                        flag: "major" | "difficult" | "complex" | "sensitive" | null;
                        closedOn: string | null;
                        /** @description a key of `closingMethods` in GET /api/labels */
                        closingMethod: string | null;
                        receivedOn: string;
                        court: {
                            id: string;
                            code: string;
                            name: string;
                        };
                        basis: {
                            documentNumber: string;
                            issuingCourt: string;
                            /** @enum {string} */
                            kind: "judgment" | "ruling" | "mediation" | "arbitration" | "notarial" | "other";
                            effectiveOn: string;
                            duty: string;
                        };
                        /** @description 一案一账号: where the debtor pays */
                        caseAccount: {
                            bankName: string;
                            accountNo: string;
                            accountName: string;
                        };
                        officer: {
                            id: string;
                            displayName: string;
                        } | null;
                        applicants: {
                            id: string;
                            /** @enum {string} */
                            role: "applicant" | "debtor";
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            legalRepresentative: {
                                name: string;
                                idNumber?: string;
                            } | null;
                            phone: string | null;
                            address: string | null;
                            payoutAccount: {
                                bankName: string;
                                accountNo: string;
                                accountName: string;
                            } | null;
                        }[];
                        debtors: {
                            id: string;
                            /** @enum {string} */
                            role: "applicant" | "debtor";
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            legalRepresentative: {
                                name: string;
                                idNumber?: string;
                            } | null;
                            phone: string | null;
                            address: string | null;
                            payoutAccount: {
                                bankName: string;
                                accountNo: string;
                                accountName: string;
                            } | null;
                        }[];
                        deadlines: {
                            /** @description counted without its year’s holidays (暂定): the date may move */
                            provisional: boolean;
                            provisionalReason: {
                                zh: string;
                                en: string;
                            } | null;
                            ruleId: string;
                            /** @description which instance of a keyed rule (an asset’s or a lead’s id); empty for the case’s own */
                            key: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            action: "remind" | "warn" | "refuse";
                            triggeredOn: string;
                            dueOn: string;
                            satisfiedOn: string | null;
                            /** @enum {string} */
                            status: "open" | "met" | "met_late" | "overdue" | "paused";
                            /** @description calendar days to dueOn, negative when overdue; null once met */
                            daysLeft: number | null;
                        }[];
                        warnings: {
                            ruleId: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            level: "info" | "warn";
                            message: {
                                zh: string;
                                en: string;
                            };
                        }[];
                        timeline: {
                            id: number;
                            /** @description a key of `events` in GET /api/labels */
                            type: string;
                            on: string;
                            /** @description when it was recorded */
                            at: string;
                            /** @description the display name of who recorded it, or `system` / `import` */
                            actor: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description document ids (the dossier’s) */
                            evidence: string[];
                        }[];
                        today: string;
                        /** @description what this user may do on the case now (none once closed) */
                        abilities: string[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    months: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNumber: string;
                        type: string;
                        /** @enum {string} */
                        status: "open" | "closed";
                        filedOn: string;
                        /** @description fen */
                        claimAmount: number;
                        /** @description fen */
                        paidAmount: number;
                        /** @enum {string|null} */
                        flag: "major" | "difficult" | "complex" | "sensitive" | null;
                        closedOn: string | null;
                        /** @description a key of `closingMethods` in GET /api/labels */
                        closingMethod: string | null;
                        receivedOn: string;
                        court: {
                            id: string;
                            code: string;
                            name: string;
                        };
                        basis: {
                            documentNumber: string;
                            issuingCourt: string;
                            /** @enum {string} */
                            kind: "judgment" | "ruling" | "mediation" | "arbitration" | "notarial" | "other";
                            effectiveOn: string;
                            duty: string;
                        };
                        /** @description 一案一账号: where the debtor pays */
                        caseAccount: {
                            bankName: string;
                            accountNo: string;
                            accountName: string;
                        };
                        officer: {
                            id: string;
                            displayName: string;
                        } | null;
                        applicants: {
                            id: string;
                            /** @enum {string} */
                            role: "applicant" | "debtor";
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            legalRepresentative: {
                                name: string;
                                idNumber?: string;
                            } | null;
                            phone: string | null;
                            address: string | null;
                            payoutAccount: {
                                bankName: string;
                                accountNo: string;
                                accountName: string;
                            } | null;
                        }[];
                        debtors: {
                            id: string;
                            /** @enum {string} */
                            role: "applicant" | "debtor";
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            legalRepresentative: {
                                name: string;
                                idNumber?: string;
                            } | null;
                            phone: string | null;
                            address: string | null;
                            payoutAccount: {
                                bankName: string;
                                accountNo: string;
                                accountName: string;
                            } | null;
                        }[];
                        deadlines: {
                            /** @description counted without its year’s holidays (暂定): the date may move */
                            provisional: boolean;
                            provisionalReason: {
                                zh: string;
                                en: string;
                            } | null;
                            ruleId: string;
                            /** @description which instance of a keyed rule (an asset’s or a lead’s id); empty for the case’s own */
                            key: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            action: "remind" | "warn" | "refuse";
                            triggeredOn: string;
                            dueOn: string;
                            satisfiedOn: string | null;
                            /** @enum {string} */
                            status: "open" | "met" | "met_late" | "overdue" | "paused";
                            /** @description calendar days to dueOn, negative when overdue; null once met */
                            daysLeft: number | null;
                        }[];
                        warnings: {
                            ruleId: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            level: "info" | "warn";
                            message: {
                                zh: string;
                                en: string;
                            };
                        }[];
                        timeline: {
                            id: number;
                            /** @description a key of `events` in GET /api/labels */
                            type: string;
                            on: string;
                            /** @description when it was recorded */
                            at: string;
                            /** @description the display name of who recorded it, or `system` / `import` */
                            actor: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description document ids (the dossier’s) */
                            evidence: string[];
                        }[];
                        today: string;
                        /** @description what this user may do on the case now (none once closed) */
                        abilities: string[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdExtensionDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approve: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNumber: string;
                        type: string;
                        /** @enum {string} */
                        status: "open" | "closed";
                        filedOn: string;
                        /** @description fen */
                        claimAmount: number;
                        /** @description fen */
                        paidAmount: number;
                        /** @enum {string|null} */
                        flag: "major" | "difficult" | "complex" | "sensitive" | null;
                        closedOn: string | null;
                        /** @description a key of `closingMethods` in GET /api/labels */
                        closingMethod: string | null;
                        receivedOn: string;
                        court: {
                            id: string;
                            code: string;
                            name: string;
                        };
                        basis: {
                            documentNumber: string;
                            issuingCourt: string;
                            /** @enum {string} */
                            kind: "judgment" | "ruling" | "mediation" | "arbitration" | "notarial" | "other";
                            effectiveOn: string;
                            duty: string;
                        };
                        /** @description 一案一账号: where the debtor pays */
                        caseAccount: {
                            bankName: string;
                            accountNo: string;
                            accountName: string;
                        };
                        officer: {
                            id: string;
                            displayName: string;
                        } | null;
                        applicants: {
                            id: string;
                            /** @enum {string} */
                            role: "applicant" | "debtor";
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            legalRepresentative: {
                                name: string;
                                idNumber?: string;
                            } | null;
                            phone: string | null;
                            address: string | null;
                            payoutAccount: {
                                bankName: string;
                                accountNo: string;
                                accountName: string;
                            } | null;
                        }[];
                        debtors: {
                            id: string;
                            /** @enum {string} */
                            role: "applicant" | "debtor";
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            legalRepresentative: {
                                name: string;
                                idNumber?: string;
                            } | null;
                            phone: string | null;
                            address: string | null;
                            payoutAccount: {
                                bankName: string;
                                accountNo: string;
                                accountName: string;
                            } | null;
                        }[];
                        deadlines: {
                            /** @description counted without its year’s holidays (暂定): the date may move */
                            provisional: boolean;
                            provisionalReason: {
                                zh: string;
                                en: string;
                            } | null;
                            ruleId: string;
                            /** @description which instance of a keyed rule (an asset’s or a lead’s id); empty for the case’s own */
                            key: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            action: "remind" | "warn" | "refuse";
                            triggeredOn: string;
                            dueOn: string;
                            satisfiedOn: string | null;
                            /** @enum {string} */
                            status: "open" | "met" | "met_late" | "overdue" | "paused";
                            /** @description calendar days to dueOn, negative when overdue; null once met */
                            daysLeft: number | null;
                        }[];
                        warnings: {
                            ruleId: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            level: "info" | "warn";
                            message: {
                                zh: string;
                                en: string;
                            };
                        }[];
                        timeline: {
                            id: number;
                            /** @description a key of `events` in GET /api/labels */
                            type: string;
                            on: string;
                            /** @description when it was recorded */
                            at: string;
                            /** @description the display name of who recorded it, or `system` / `import` */
                            actor: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description document ids (the dossier’s) */
                            evidence: string[];
                        }[];
                        today: string;
                        /** @description what this user may do on the case now (none once closed) */
                        abilities: string[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdFlag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string|null} */
                    flag: "major" | "difficult" | "complex" | "sensitive" | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNumber: string;
                        type: string;
                        /** @enum {string} */
                        status: "open" | "closed";
                        filedOn: string;
                        /** @description fen */
                        claimAmount: number;
                        /** @description fen */
                        paidAmount: number;
                        /** @enum {string|null} */
                        flag: "major" | "difficult" | "complex" | "sensitive" | null;
                        closedOn: string | null;
                        /** @description a key of `closingMethods` in GET /api/labels */
                        closingMethod: string | null;
                        receivedOn: string;
                        court: {
                            id: string;
                            code: string;
                            name: string;
                        };
                        basis: {
                            documentNumber: string;
                            issuingCourt: string;
                            /** @enum {string} */
                            kind: "judgment" | "ruling" | "mediation" | "arbitration" | "notarial" | "other";
                            effectiveOn: string;
                            duty: string;
                        };
                        /** @description 一案一账号: where the debtor pays */
                        caseAccount: {
                            bankName: string;
                            accountNo: string;
                            accountName: string;
                        };
                        officer: {
                            id: string;
                            displayName: string;
                        } | null;
                        applicants: {
                            id: string;
                            /** @enum {string} */
                            role: "applicant" | "debtor";
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            legalRepresentative: {
                                name: string;
                                idNumber?: string;
                            } | null;
                            phone: string | null;
                            address: string | null;
                            payoutAccount: {
                                bankName: string;
                                accountNo: string;
                                accountName: string;
                            } | null;
                        }[];
                        debtors: {
                            id: string;
                            /** @enum {string} */
                            role: "applicant" | "debtor";
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            legalRepresentative: {
                                name: string;
                                idNumber?: string;
                            } | null;
                            phone: string | null;
                            address: string | null;
                            payoutAccount: {
                                bankName: string;
                                accountNo: string;
                                accountName: string;
                            } | null;
                        }[];
                        deadlines: {
                            /** @description counted without its year’s holidays (暂定): the date may move */
                            provisional: boolean;
                            provisionalReason: {
                                zh: string;
                                en: string;
                            } | null;
                            ruleId: string;
                            /** @description which instance of a keyed rule (an asset’s or a lead’s id); empty for the case’s own */
                            key: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            action: "remind" | "warn" | "refuse";
                            triggeredOn: string;
                            dueOn: string;
                            satisfiedOn: string | null;
                            /** @enum {string} */
                            status: "open" | "met" | "met_late" | "overdue" | "paused";
                            /** @description calendar days to dueOn, negative when overdue; null once met */
                            daysLeft: number | null;
                        }[];
                        warnings: {
                            ruleId: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            level: "info" | "warn";
                            message: {
                                zh: string;
                                en: string;
                            };
                        }[];
                        timeline: {
                            id: number;
                            /** @description a key of `events` in GET /api/labels */
                            type: string;
                            on: string;
                            /** @description when it was recorded */
                            at: string;
                            /** @description the display name of who recorded it, or `system` / `import` */
                            actor: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description document ids (the dossier’s) */
                            evidence: string[];
                        }[];
                        today: string;
                        /** @description what this user may do on the case now (none once closed) */
                        abilities: string[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    method: "fully_performed" | "dormant" | "terminated" | "withdrawn" | "not_enforced" | "rejected";
                    ground?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNumber: string;
                        type: string;
                        /** @enum {string} */
                        status: "open" | "closed";
                        filedOn: string;
                        /** @description fen */
                        claimAmount: number;
                        /** @description fen */
                        paidAmount: number;
                        /** @enum {string|null} */
                        flag: "major" | "difficult" | "complex" | "sensitive" | null;
                        closedOn: string | null;
                        /** @description a key of `closingMethods` in GET /api/labels */
                        closingMethod: string | null;
                        receivedOn: string;
                        court: {
                            id: string;
                            code: string;
                            name: string;
                        };
                        basis: {
                            documentNumber: string;
                            issuingCourt: string;
                            /** @enum {string} */
                            kind: "judgment" | "ruling" | "mediation" | "arbitration" | "notarial" | "other";
                            effectiveOn: string;
                            duty: string;
                        };
                        /** @description 一案一账号: where the debtor pays */
                        caseAccount: {
                            bankName: string;
                            accountNo: string;
                            accountName: string;
                        };
                        officer: {
                            id: string;
                            displayName: string;
                        } | null;
                        applicants: {
                            id: string;
                            /** @enum {string} */
                            role: "applicant" | "debtor";
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            legalRepresentative: {
                                name: string;
                                idNumber?: string;
                            } | null;
                            phone: string | null;
                            address: string | null;
                            payoutAccount: {
                                bankName: string;
                                accountNo: string;
                                accountName: string;
                            } | null;
                        }[];
                        debtors: {
                            id: string;
                            /** @enum {string} */
                            role: "applicant" | "debtor";
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            legalRepresentative: {
                                name: string;
                                idNumber?: string;
                            } | null;
                            phone: string | null;
                            address: string | null;
                            payoutAccount: {
                                bankName: string;
                                accountNo: string;
                                accountName: string;
                            } | null;
                        }[];
                        deadlines: {
                            /** @description counted without its year’s holidays (暂定): the date may move */
                            provisional: boolean;
                            provisionalReason: {
                                zh: string;
                                en: string;
                            } | null;
                            ruleId: string;
                            /** @description which instance of a keyed rule (an asset’s or a lead’s id); empty for the case’s own */
                            key: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            action: "remind" | "warn" | "refuse";
                            triggeredOn: string;
                            dueOn: string;
                            satisfiedOn: string | null;
                            /** @enum {string} */
                            status: "open" | "met" | "met_late" | "overdue" | "paused";
                            /** @description calendar days to dueOn, negative when overdue; null once met */
                            daysLeft: number | null;
                        }[];
                        warnings: {
                            ruleId: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            level: "info" | "warn";
                            message: {
                                zh: string;
                                en: string;
                            };
                        }[];
                        timeline: {
                            id: number;
                            /** @description a key of `events` in GET /api/labels */
                            type: string;
                            on: string;
                            /** @description when it was recorded */
                            at: string;
                            /** @description the display name of who recorded it, or `system` / `import` */
                            actor: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description document ids (the dossier’s) */
                            evidence: string[];
                        }[];
                        today: string;
                        /** @description what this user may do on the case now (none once closed) */
                        abilities: string[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLabels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 结案方式, by `closingMethod` */
                        closingMethods: {
                            [key: string]: {
                                zh: string;
                                en: string;
                            };
                        };
                        /** @description 终结执行的情形 (CPL 268), by `ground` */
                        terminationGrounds: {
                            [key: string]: {
                                zh: string;
                                en: string;
                            };
                        };
                        /** @description 四类案件, by `flag` */
                        flags: {
                            [key: string]: {
                                zh: string;
                                en: string;
                            };
                        };
                        /** @description timeline nodes, by `timeline[].type` */
                        events: {
                            [key: string]: {
                                zh: string;
                                en: string;
                            };
                        };
                        /** @description dossier entries, by `kind` */
                        documentKinds: {
                            [key: string]: {
                                zh: string;
                                en: string;
                            };
                        };
                        /** @description 繁简分流 tracks, by `track` of the triage nodes */
                        tracks: {
                            [key: string]: {
                                zh: string;
                                en: string;
                            };
                        };
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @description a key of `documentKinds` in GET /api/labels */
                            kind: string;
                            title: string;
                            fileName: string;
                            size: number;
                            sha256: string;
                            mediaType: string;
                            /** @description whether a browser shows it inline (PDFs and photos; not TIFF scans) */
                            inline: boolean;
                            createdAt: string;
                            /** @description the display name of who made or uploaded it */
                            createdBy: string;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kinds: ("execution_notice" | "property_report_order")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @description a key of `documentKinds` in GET /api/labels */
                            kind: string;
                            title: string;
                            fileName: string;
                            size: number;
                            sha256: string;
                            mediaType: string;
                            /** @description whether a browser shows it inline (PDFs and photos; not TIFF scans) */
                            inline: boolean;
                            createdAt: string;
                            /** @description the display name of who made or uploaded it */
                            createdBy: string;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocumentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdInquiries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        answered: number;
                        failed: number;
                        /** @description queued, or sent and waiting for the answer */
                        pending: number;
                        byCategory: {
                            category: string;
                            zh: string;
                            en: string;
                            total: number;
                            answered: number;
                            failed: number;
                            /** @description queued, or sent and waiting for the answer */
                            pending: number;
                        }[];
                        rounds: {
                            id: string;
                            /** @description running or complete */
                            status: string;
                            categories: string[];
                            startedOn: string;
                            startedAt: string;
                            startedBy: string;
                            completedAt: string | null;
                            total: number;
                            answered: number;
                            failed: number;
                            /** @description queued, or sent and waiting for the answer */
                            pending: number;
                        }[];
                        /** @description every request to an institution, controls included */
                        requests: {
                            id: string;
                            institution: {
                                id: string;
                                code: string;
                                name: string;
                                category: string;
                            };
                            /** @description query, freeze, deduct, unfreeze or renew */
                            kind: string;
                            /** @description queued, sent, answered or failed */
                            status: string;
                            attempts: number;
                            lastError: string | null;
                            roundId: string | null;
                            assetId: string | null;
                            partyId: string;
                            subjectName: string;
                            createdAt: string;
                            sentAt: string | null;
                            finishedAt: string | null;
                            result: {
                                /** @description completed or rejected */
                                status: string;
                                reason: string | null;
                                holdings: number;
                            } | null;
                        }[];
                        abilities: string[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdInquiries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    categories?: ("bank" | "online_payment" | "securities" | "insurance" | "housing_fund" | "vehicle" | "real_estate" | "equity" | "ship")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        answered: number;
                        failed: number;
                        /** @description queued, or sent and waiting for the answer */
                        pending: number;
                        byCategory: {
                            category: string;
                            zh: string;
                            en: string;
                            total: number;
                            answered: number;
                            failed: number;
                            /** @description queued, or sent and waiting for the answer */
                            pending: number;
                        }[];
                        rounds: {
                            id: string;
                            /** @description running or complete */
                            status: string;
                            categories: string[];
                            startedOn: string;
                            startedAt: string;
                            startedBy: string;
                            completedAt: string | null;
                            total: number;
                            answered: number;
                            failed: number;
                            /** @description queued, or sent and waiting for the answer */
                            pending: number;
                        }[];
                        /** @description every request to an institution, controls included */
                        requests: {
                            id: string;
                            institution: {
                                id: string;
                                code: string;
                                name: string;
                                category: string;
                            };
                            /** @description query, freeze, deduct, unfreeze or renew */
                            kind: string;
                            /** @description queued, sent, answered or failed */
                            status: string;
                            attempts: number;
                            lastError: string | null;
                            roundId: string | null;
                            assetId: string | null;
                            partyId: string;
                            subjectName: string;
                            createdAt: string;
                            sentAt: string | null;
                            finishedAt: string | null;
                            result: {
                                /** @description completed or rejected */
                                status: string;
                                reason: string | null;
                                holdings: number;
                            } | null;
                        }[];
                        abilities: string[];
                        roundId: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdInquiriesRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    requestIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        answered: number;
                        failed: number;
                        /** @description queued, or sent and waiting for the answer */
                        pending: number;
                        byCategory: {
                            category: string;
                            zh: string;
                            en: string;
                            total: number;
                            answered: number;
                            failed: number;
                            /** @description queued, or sent and waiting for the answer */
                            pending: number;
                        }[];
                        rounds: {
                            id: string;
                            /** @description running or complete */
                            status: string;
                            categories: string[];
                            startedOn: string;
                            startedAt: string;
                            startedBy: string;
                            completedAt: string | null;
                            total: number;
                            answered: number;
                            failed: number;
                            /** @description queued, or sent and waiting for the answer */
                            pending: number;
                        }[];
                        /** @description every request to an institution, controls included */
                        requests: {
                            id: string;
                            institution: {
                                id: string;
                                code: string;
                                name: string;
                                category: string;
                            };
                            /** @description query, freeze, deduct, unfreeze or renew */
                            kind: string;
                            /** @description queued, sent, answered or failed */
                            status: string;
                            attempts: number;
                            lastError: string | null;
                            roundId: string | null;
                            assetId: string | null;
                            partyId: string;
                            subjectName: string;
                            createdAt: string;
                            sentAt: string | null;
                            finishedAt: string | null;
                            result: {
                                /** @description completed or rejected */
                                status: string;
                                reason: string | null;
                                holdings: number;
                            } | null;
                        }[];
                        abilities: string[];
                        /** @description requests sent again */
                        retried: number;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminInstitutions: {
        parameters: {
            query?: {
                category?: "bank" | "online_payment" | "securities" | "insurance" | "housing_fund" | "vehicle" | "real_estate" | "equity" | "ship";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            code: string;
                            name: string;
                            category: string;
                            endpoint: string;
                            /** @description the key is written, never read back */
                            keyFingerprint: string;
                            keyUpdatedAt: string;
                            maxBatch: number;
                            concurrency: number;
                            timeoutMs: number;
                            supportsFreeze: boolean;
                            supportsDeduct: boolean;
                            active: boolean;
                            breaker: {
                                /** @enum {string} */
                                state: "closed" | "open" | "half_open";
                                failures: number;
                                openUntil: string | null;
                            };
                            lastError: string | null;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminInstitutions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    /** @enum {string} */
                    category: "bank" | "online_payment" | "securities" | "insurance" | "housing_fund" | "vehicle" | "real_estate" | "equity" | "ship";
                    /** Format: uri */
                    endpoint: string;
                    key: string;
                    /** @default 1000 */
                    maxBatch?: number;
                    /** @default 2 */
                    concurrency?: number;
                    /** @default 10000 */
                    timeoutMs?: number;
                    /** @default false */
                    supportsFreeze?: boolean;
                    /** @default false */
                    supportsDeduct?: boolean;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        code: string;
                        name: string;
                        category: string;
                        endpoint: string;
                        /** @description the key is written, never read back */
                        keyFingerprint: string;
                        keyUpdatedAt: string;
                        maxBatch: number;
                        concurrency: number;
                        timeoutMs: number;
                        supportsFreeze: boolean;
                        supportsDeduct: boolean;
                        active: boolean;
                        breaker: {
                            /** @enum {string} */
                            state: "closed" | "open" | "half_open";
                            failures: number;
                            openUntil: string | null;
                        };
                        lastError: string | null;
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchAdminInstitutionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    category?: "bank" | "online_payment" | "securities" | "insurance" | "housing_fund" | "vehicle" | "real_estate" | "equity" | "ship";
                    /** Format: uri */
                    endpoint?: string;
                    key?: string;
                    /** @default 1000 */
                    maxBatch?: number;
                    /** @default 2 */
                    concurrency?: number;
                    /** @default 10000 */
                    timeoutMs?: number;
                    /** @default false */
                    supportsFreeze?: boolean;
                    /** @default false */
                    supportsDeduct?: boolean;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        code: string;
                        name: string;
                        category: string;
                        endpoint: string;
                        /** @description the key is written, never read back */
                        keyFingerprint: string;
                        keyUpdatedAt: string;
                        maxBatch: number;
                        concurrency: number;
                        timeoutMs: number;
                        supportsFreeze: boolean;
                        supportsDeduct: boolean;
                        active: boolean;
                        breaker: {
                            /** @enum {string} */
                            state: "closed" | "open" | "half_open";
                            failures: number;
                            openUntil: string | null;
                        };
                        lastError: string | null;
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdAssets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            category: string;
                            /** @description online finds: the institution that reported it; offline: the one named by hand (no id) */
                            institution: {
                                id: string | null;
                                code: string;
                                name: string;
                            };
                            assetRef: string;
                            description: string;
                            /** @description money: the balance; other property: null */
                            balance: number | null;
                            /** @description other property: its value, when known */
                            value: number | null;
                            /** @description of the balance, what earlier controls (other courts) hold */
                            frozenByOthers: number;
                            /** @description other courts’ (or earlier) controls, as the institution reported them */
                            existingControls: {
                                court: string;
                                position: number;
                                until: string;
                                amount?: number;
                            }[];
                            divisible: boolean;
                            /** @enum {string} */
                            state: "found" | "freezing" | "frozen" | "seized" | "waiting" | "deducting" | "deducted" | "releasing" | "released" | "lapsed" | "disposed";
                            controlledAmount: number;
                            deductedAmount: number;
                            controlledOn: string | null;
                            controlUntil: string | null;
                            /** @description calendar days to the end of the control, negative once lapsed */
                            daysToExpiry: number | null;
                            /** @description within the warning days of assets.expiry, or lapsed: to be renewed */
                            expiring: boolean;
                            /** @description 1 is 首封; above 1 is 轮候 in that place */
                            position: number | null;
                            /** @enum {string} */
                            foundVia: "online" | "offline";
                            foundOn: string;
                            /** @description acts go to the institution online; otherwise the notice is served by hand */
                            online: boolean;
                            evidence: string[];
                            leadId: string | null;
                            declinedReason: string | null;
                            /** @description why the institution refused or failed the last act */
                            lastFailure: string | null;
                            /** @description a request waiting for the institution: freeze, deduct, unfreeze or renew */
                            pending: string | null;
                            abilities: string[];
                            /** @description the indivisible asset to seize first while the claim is not secured */
                            preferred: boolean;
                            defaults: {
                                amount: number | null;
                                until: string | null;
                            };
                        }[];
                        summary: {
                            category: string;
                            count: number;
                            balance: number;
                            value: number;
                            controlled: number;
                        }[];
                        /** @description 控制限额: the claim plus costs, less what was paid and what is already controlled */
                        limit: {
                            claim: number;
                            costs: number;
                            paid: number;
                            controlled: number;
                            remaining: number;
                        };
                        leads: {
                            id: string;
                            fromApplicant: boolean;
                            reporterName: string;
                            reporterContact: string | null;
                            description: string;
                            specific: boolean;
                            urgent: boolean;
                            track: string;
                            receivedAt: string;
                            receivedOn: string;
                            evidence: string[];
                            verifiedAt: string | null;
                            /** @enum {string|null} */
                            verificationResult: "in_progress" | "confirmed" | "unfounded" | null;
                            verificationNote: string | null;
                            assetId: string | null;
                            abilities: string[];
                        }[];
                        warnDays: number;
                        today: string;
                        /** @description record an asset found offline, record a lead */
                        abilities: string[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdAssets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    partyId: string;
                    /** @enum {string} */
                    category: "bank" | "online_payment" | "securities" | "insurance" | "housing_fund" | "vehicle" | "real_estate" | "equity" | "ship";
                    institution: {
                        code?: string;
                        name: string;
                    };
                    assetRef: string;
                    description: string;
                    balance?: number;
                    value?: number;
                    foundOn?: string;
                    /** @default [] */
                    evidence?: string[];
                    /** Format: uuid */
                    leadId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        category: string;
                        /** @description online finds: the institution that reported it; offline: the one named by hand (no id) */
                        institution: {
                            id: string | null;
                            code: string;
                            name: string;
                        };
                        assetRef: string;
                        description: string;
                        /** @description money: the balance; other property: null */
                        balance: number | null;
                        /** @description other property: its value, when known */
                        value: number | null;
                        /** @description of the balance, what earlier controls (other courts) hold */
                        frozenByOthers: number;
                        /** @description other courts’ (or earlier) controls, as the institution reported them */
                        existingControls: {
                            court: string;
                            position: number;
                            until: string;
                            amount?: number;
                        }[];
                        divisible: boolean;
                        /** @enum {string} */
                        state: "found" | "freezing" | "frozen" | "seized" | "waiting" | "deducting" | "deducted" | "releasing" | "released" | "lapsed" | "disposed";
                        controlledAmount: number;
                        deductedAmount: number;
                        controlledOn: string | null;
                        controlUntil: string | null;
                        /** @description calendar days to the end of the control, negative once lapsed */
                        daysToExpiry: number | null;
                        /** @description within the warning days of assets.expiry, or lapsed: to be renewed */
                        expiring: boolean;
                        /** @description 1 is 首封; above 1 is 轮候 in that place */
                        position: number | null;
                        /** @enum {string} */
                        foundVia: "online" | "offline";
                        foundOn: string;
                        /** @description acts go to the institution online; otherwise the notice is served by hand */
                        online: boolean;
                        evidence: string[];
                        leadId: string | null;
                        declinedReason: string | null;
                        /** @description why the institution refused or failed the last act */
                        lastFailure: string | null;
                        /** @description a request waiting for the institution: freeze, deduct, unfreeze or renew */
                        pending: string | null;
                        abilities: string[];
                        /** @description the indivisible asset to seize first while the claim is not secured */
                        preferred: boolean;
                        defaults: {
                            amount: number | null;
                            until: string | null;
                        };
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssetsByIdControl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount?: number;
                    until?: string;
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        category: string;
                        /** @description online finds: the institution that reported it; offline: the one named by hand (no id) */
                        institution: {
                            id: string | null;
                            code: string;
                            name: string;
                        };
                        assetRef: string;
                        description: string;
                        /** @description money: the balance; other property: null */
                        balance: number | null;
                        /** @description other property: its value, when known */
                        value: number | null;
                        /** @description of the balance, what earlier controls (other courts) hold */
                        frozenByOthers: number;
                        /** @description other courts’ (or earlier) controls, as the institution reported them */
                        existingControls: {
                            court: string;
                            position: number;
                            until: string;
                            amount?: number;
                        }[];
                        divisible: boolean;
                        /** @enum {string} */
                        state: "found" | "freezing" | "frozen" | "seized" | "waiting" | "deducting" | "deducted" | "releasing" | "released" | "lapsed" | "disposed";
                        controlledAmount: number;
                        deductedAmount: number;
                        controlledOn: string | null;
                        controlUntil: string | null;
                        /** @description calendar days to the end of the control, negative once lapsed */
                        daysToExpiry: number | null;
                        /** @description within the warning days of assets.expiry, or lapsed: to be renewed */
                        expiring: boolean;
                        /** @description 1 is 首封; above 1 is 轮候 in that place */
                        position: number | null;
                        /** @enum {string} */
                        foundVia: "online" | "offline";
                        foundOn: string;
                        /** @description acts go to the institution online; otherwise the notice is served by hand */
                        online: boolean;
                        evidence: string[];
                        leadId: string | null;
                        declinedReason: string | null;
                        /** @description why the institution refused or failed the last act */
                        lastFailure: string | null;
                        /** @description a request waiting for the institution: freeze, deduct, unfreeze or renew */
                        pending: string | null;
                        abilities: string[];
                        /** @description the indivisible asset to seize first while the claim is not secured */
                        preferred: boolean;
                        defaults: {
                            amount: number | null;
                            until: string | null;
                        };
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssetsByIdDeduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        category: string;
                        /** @description online finds: the institution that reported it; offline: the one named by hand (no id) */
                        institution: {
                            id: string | null;
                            code: string;
                            name: string;
                        };
                        assetRef: string;
                        description: string;
                        /** @description money: the balance; other property: null */
                        balance: number | null;
                        /** @description other property: its value, when known */
                        value: number | null;
                        /** @description of the balance, what earlier controls (other courts) hold */
                        frozenByOthers: number;
                        /** @description other courts’ (or earlier) controls, as the institution reported them */
                        existingControls: {
                            court: string;
                            position: number;
                            until: string;
                            amount?: number;
                        }[];
                        divisible: boolean;
                        /** @enum {string} */
                        state: "found" | "freezing" | "frozen" | "seized" | "waiting" | "deducting" | "deducted" | "releasing" | "released" | "lapsed" | "disposed";
                        controlledAmount: number;
                        deductedAmount: number;
                        controlledOn: string | null;
                        controlUntil: string | null;
                        /** @description calendar days to the end of the control, negative once lapsed */
                        daysToExpiry: number | null;
                        /** @description within the warning days of assets.expiry, or lapsed: to be renewed */
                        expiring: boolean;
                        /** @description 1 is 首封; above 1 is 轮候 in that place */
                        position: number | null;
                        /** @enum {string} */
                        foundVia: "online" | "offline";
                        foundOn: string;
                        /** @description acts go to the institution online; otherwise the notice is served by hand */
                        online: boolean;
                        evidence: string[];
                        leadId: string | null;
                        declinedReason: string | null;
                        /** @description why the institution refused or failed the last act */
                        lastFailure: string | null;
                        /** @description a request waiting for the institution: freeze, deduct, unfreeze or renew */
                        pending: string | null;
                        abilities: string[];
                        /** @description the indivisible asset to seize first while the claim is not secured */
                        preferred: boolean;
                        defaults: {
                            amount: number | null;
                            until: string | null;
                        };
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssetsByIdRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        category: string;
                        /** @description online finds: the institution that reported it; offline: the one named by hand (no id) */
                        institution: {
                            id: string | null;
                            code: string;
                            name: string;
                        };
                        assetRef: string;
                        description: string;
                        /** @description money: the balance; other property: null */
                        balance: number | null;
                        /** @description other property: its value, when known */
                        value: number | null;
                        /** @description of the balance, what earlier controls (other courts) hold */
                        frozenByOthers: number;
                        /** @description other courts’ (or earlier) controls, as the institution reported them */
                        existingControls: {
                            court: string;
                            position: number;
                            until: string;
                            amount?: number;
                        }[];
                        divisible: boolean;
                        /** @enum {string} */
                        state: "found" | "freezing" | "frozen" | "seized" | "waiting" | "deducting" | "deducted" | "releasing" | "released" | "lapsed" | "disposed";
                        controlledAmount: number;
                        deductedAmount: number;
                        controlledOn: string | null;
                        controlUntil: string | null;
                        /** @description calendar days to the end of the control, negative once lapsed */
                        daysToExpiry: number | null;
                        /** @description within the warning days of assets.expiry, or lapsed: to be renewed */
                        expiring: boolean;
                        /** @description 1 is 首封; above 1 is 轮候 in that place */
                        position: number | null;
                        /** @enum {string} */
                        foundVia: "online" | "offline";
                        foundOn: string;
                        /** @description acts go to the institution online; otherwise the notice is served by hand */
                        online: boolean;
                        evidence: string[];
                        leadId: string | null;
                        declinedReason: string | null;
                        /** @description why the institution refused or failed the last act */
                        lastFailure: string | null;
                        /** @description a request waiting for the institution: freeze, deduct, unfreeze or renew */
                        pending: string | null;
                        abilities: string[];
                        /** @description the indivisible asset to seize first while the claim is not secured */
                        preferred: boolean;
                        defaults: {
                            amount: number | null;
                            until: string | null;
                        };
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssetsByIdRenew: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    until?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        category: string;
                        /** @description online finds: the institution that reported it; offline: the one named by hand (no id) */
                        institution: {
                            id: string | null;
                            code: string;
                            name: string;
                        };
                        assetRef: string;
                        description: string;
                        /** @description money: the balance; other property: null */
                        balance: number | null;
                        /** @description other property: its value, when known */
                        value: number | null;
                        /** @description of the balance, what earlier controls (other courts) hold */
                        frozenByOthers: number;
                        /** @description other courts’ (or earlier) controls, as the institution reported them */
                        existingControls: {
                            court: string;
                            position: number;
                            until: string;
                            amount?: number;
                        }[];
                        divisible: boolean;
                        /** @enum {string} */
                        state: "found" | "freezing" | "frozen" | "seized" | "waiting" | "deducting" | "deducted" | "releasing" | "released" | "lapsed" | "disposed";
                        controlledAmount: number;
                        deductedAmount: number;
                        controlledOn: string | null;
                        controlUntil: string | null;
                        /** @description calendar days to the end of the control, negative once lapsed */
                        daysToExpiry: number | null;
                        /** @description within the warning days of assets.expiry, or lapsed: to be renewed */
                        expiring: boolean;
                        /** @description 1 is 首封; above 1 is 轮候 in that place */
                        position: number | null;
                        /** @enum {string} */
                        foundVia: "online" | "offline";
                        foundOn: string;
                        /** @description acts go to the institution online; otherwise the notice is served by hand */
                        online: boolean;
                        evidence: string[];
                        leadId: string | null;
                        declinedReason: string | null;
                        /** @description why the institution refused or failed the last act */
                        lastFailure: string | null;
                        /** @description a request waiting for the institution: freeze, deduct, unfreeze or renew */
                        pending: string | null;
                        abilities: string[];
                        /** @description the indivisible asset to seize first while the claim is not secured */
                        preferred: boolean;
                        defaults: {
                            amount: number | null;
                            until: string | null;
                        };
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssetsByIdDecline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        category: string;
                        /** @description online finds: the institution that reported it; offline: the one named by hand (no id) */
                        institution: {
                            id: string | null;
                            code: string;
                            name: string;
                        };
                        assetRef: string;
                        description: string;
                        /** @description money: the balance; other property: null */
                        balance: number | null;
                        /** @description other property: its value, when known */
                        value: number | null;
                        /** @description of the balance, what earlier controls (other courts) hold */
                        frozenByOthers: number;
                        /** @description other courts’ (or earlier) controls, as the institution reported them */
                        existingControls: {
                            court: string;
                            position: number;
                            until: string;
                            amount?: number;
                        }[];
                        divisible: boolean;
                        /** @enum {string} */
                        state: "found" | "freezing" | "frozen" | "seized" | "waiting" | "deducting" | "deducted" | "releasing" | "released" | "lapsed" | "disposed";
                        controlledAmount: number;
                        deductedAmount: number;
                        controlledOn: string | null;
                        controlUntil: string | null;
                        /** @description calendar days to the end of the control, negative once lapsed */
                        daysToExpiry: number | null;
                        /** @description within the warning days of assets.expiry, or lapsed: to be renewed */
                        expiring: boolean;
                        /** @description 1 is 首封; above 1 is 轮候 in that place */
                        position: number | null;
                        /** @enum {string} */
                        foundVia: "online" | "offline";
                        foundOn: string;
                        /** @description acts go to the institution online; otherwise the notice is served by hand */
                        online: boolean;
                        evidence: string[];
                        leadId: string | null;
                        declinedReason: string | null;
                        /** @description why the institution refused or failed the last act */
                        lastFailure: string | null;
                        /** @description a request waiting for the institution: freeze, deduct, unfreeze or renew */
                        pending: string | null;
                        abilities: string[];
                        /** @description the indivisible asset to seize first while the claim is not secured */
                        preferred: boolean;
                        defaults: {
                            amount: number | null;
                            until: string | null;
                        };
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdLeads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fromApplicant: boolean;
                    reporterName: string;
                    reporterContact?: string;
                    description: string;
                    specific: boolean;
                    urgent: boolean;
                    /** Format: date-time */
                    receivedAt?: string;
                    /** @default [] */
                    evidence?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        fromApplicant: boolean;
                        reporterName: string;
                        reporterContact: string | null;
                        description: string;
                        specific: boolean;
                        urgent: boolean;
                        track: string;
                        receivedAt: string;
                        receivedOn: string;
                        evidence: string[];
                        verifiedAt: string | null;
                        /** @enum {string|null} */
                        verificationResult: "in_progress" | "confirmed" | "unfounded" | null;
                        verificationNote: string | null;
                        assetId: string | null;
                        abilities: string[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postLeadsByIdVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    result: "in_progress" | "confirmed" | "unfounded";
                    note: string;
                    /** Format: uuid */
                    assetId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        fromApplicant: boolean;
                        reporterName: string;
                        reporterContact: string | null;
                        description: string;
                        specific: boolean;
                        urgent: boolean;
                        track: string;
                        receivedAt: string;
                        receivedOn: string;
                        evidence: string[];
                        verifiedAt: string | null;
                        /** @enum {string|null} */
                        verificationResult: "in_progress" | "confirmed" | "unfounded" | null;
                        verificationNote: string | null;
                        assetId: string | null;
                        abilities: string[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRulesParameters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description a change effective after it is scheduled (待生效) */
                        today: string;
                        items: {
                            ruleId: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            title: {
                                zh: string;
                                en: string;
                            };
                            parameters: {
                                name: string;
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                /** @enum {string} */
                                unit: "days" | "working_days" | "hours" | "minutes" | "months" | "fen" | "count";
                                default: number;
                                min: number;
                                max: number;
                                /** @description in force today */
                                value: number;
                                /** @description newest first */
                                history: {
                                    /** @description null: back to the default */
                                    value: number | null;
                                    effectiveFrom: string;
                                    reason: string;
                                    changedAt: string;
                                    changedBy: string;
                                    /** @description the one court the change is for; null: every court */
                                    courtId: string | null;
                                }[];
                            }[];
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putAdminRulesByRuleIdParametersByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ruleId: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the new value, in the parameter’s unit */
                    value: number;
                    /** @description 生效日期: today when absent, never a past day */
                    effectiveFrom?: string;
                    /** @description 调整理由 */
                    reason?: string;
                    /**
                     * Format: uuid
                     * @description one court only (its own practice); absent: every court
                     */
                    courtId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ruleId: string;
                        /** @description the rule’s values in force today */
                        values: {
                            [key: string]: number;
                        };
                        change: {
                            /** @description null: back to the default */
                            value: number | null;
                            effectiveFrom: string;
                            reason: string;
                            changedAt: string;
                            changedBy: string;
                            /** @description the one court the change is for; null: every court */
                            courtId: string | null;
                        };
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAdminRulesByRuleIdParametersByName: {
        parameters: {
            query?: {
                /** @description that court back to the platform’s value */
                courtId?: string;
            };
            header?: never;
            path: {
                ruleId: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ruleId: string;
                        /** @description the rule’s values in force today */
                        values: {
                            [key: string]: number;
                        };
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSupervisionOverdue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        today: string;
                        total: number;
                        /** @description every court of the scope, the most overdue first */
                        courts: {
                            courtId: string;
                            code: string;
                            name: string;
                            count: number;
                            /** @description days the oldest overdue deadline is past due */
                            worstDaysOverdue: number;
                        }[];
                        /** @description the oldest overdue deadlines */
                        items: {
                            caseId: string;
                            caseNumber: string;
                            courtCode: string;
                            courtName: string;
                            ruleId: string;
                            title: {
                                zh: string;
                                en: string;
                            };
                            dueOn: string;
                            daysOverdue: number;
                            /** @description the officer’s display name; null while unassigned */
                            officer: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSupervisionQueue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        today: string;
                        extensionRequests: {
                            caseId: string;
                            caseNumber: string;
                            requestedOn: string;
                            requestedBy: string;
                            months: number | null;
                            reason: string;
                        }[];
                        unassigned: {
                            caseId: string;
                            caseNumber: string;
                            filedOn: string;
                            /** @description when the case.assign deadline falls due */
                            dueOn: string | null;
                        }[];
                        overdue: {
                            caseId: string;
                            caseNumber: string;
                            courtCode: string;
                            courtName: string;
                            ruleId: string;
                            title: {
                                zh: string;
                                en: string;
                            };
                            dueOn: string;
                            daysOverdue: number;
                            /** @description the officer’s display name; null while unassigned */
                            officer: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdCredit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        today: string;
                        restrictions: {
                            id: string;
                            debtorId: string;
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            /**
                             * @description today: `pending` in its grace period, `in_force`, `expired` (fixed period over), `ended`
                             * @enum {string}
                             */
                            status: "pending" | "in_force" | "expired" | "ended";
                            decidedOn: string;
                            /** @description the day it comes into force (after any grace period) */
                            effectiveOn: string;
                            graceMonths: number;
                            /**
                             * @description 申请执行人申请或法院依职权
                             * @enum {string}
                             */
                            requestedBy: "applicant" | "court";
                            endedOn: string | null;
                            endReason: string | null;
                            documentId: string | null;
                            exitBan: boolean;
                            boundPersons: {
                                role: string;
                                name: string;
                                idNumber: string;
                            }[];
                            temporaryLifts: {
                                from: string;
                                until: string;
                                items: string[];
                                reason: string;
                            }[];
                        }[];
                        listings: {
                            id: string;
                            debtorId: string;
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            /**
                             * @description today: `pending` in its grace period, `in_force`, `expired` (fixed period over), `ended`
                             * @enum {string}
                             */
                            status: "pending" | "in_force" | "expired" | "ended";
                            decidedOn: string;
                            /** @description the day it comes into force (after any grace period) */
                            effectiveOn: string;
                            graceMonths: number;
                            /**
                             * @description 申请执行人申请或法院依职权
                             * @enum {string}
                             */
                            requestedBy: "applicant" | "court";
                            endedOn: string | null;
                            endReason: string | null;
                            documentId: string | null;
                            ground: number;
                            groundText: {
                                zh: string;
                                en: string;
                            };
                            facts: string;
                            evidence: string[];
                            /** @description null for ground 1: it ends on a deletion event */
                            endsOn: string | null;
                            extensionYears: number;
                            extensionReason: string | null;
                            restrictionId: string | null;
                            /** @description Dishonest 8: `none`, `state_employee`, `state_organ`, `state_enterprise` */
                            publicRole: string;
                            reportTo: string | null;
                            reportedOn: string | null;
                        }[];
                        corrections: {
                            id: string;
                            listingId: string;
                            kind: string;
                            reason: string;
                            requestedOn: string;
                            decidedOn: string | null;
                            accepted: boolean | null;
                            decisionNote: string | null;
                            servedOn: string | null;
                            /** @description null: none filed */
                            reconsideration: {
                                requestedOn: string;
                                reason: string | null;
                                decidedOn: string | null;
                                decidedBy: string | null;
                                revoked: boolean | null;
                                note: string | null;
                            } | null;
                        }[];
                        consumptionRequests: {
                            id: string;
                            restrictionId: string;
                            basis: string;
                            applicant: string;
                            applicantRole: string;
                            items: string[];
                            purpose: string;
                            from: string;
                            until: string;
                            requestedOn: string;
                            requestedBy: string;
                            decidedOn: string | null;
                            decidedBy: string | null;
                            allowed: boolean | null;
                            decisionNote: string | null;
                        }[];
                        debtors: {
                            id: string;
                            /** @enum {string} */
                            kind: "person" | "entity";
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                        }[];
                        grounds: {
                            ground: number;
                            zh: string;
                            en: string;
                        }[];
                        abilities: ("credit.restrict" | "credit.list" | "credit.end" | "credit.correction" | "credit.temporary_lift" | "credit.consumption" | "credit.consumption.decide" | "credit.reconsideration.decide")[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdRestrictions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    debtorId: string;
                    /**
                     * @description 申请执行人申请或法院依职权
                     * @default court
                     * @enum {string}
                     */
                    requestedBy?: "applicant" | "court";
                    /**
                     * @description 宽限期（月），0 为不设
                     * @default 0
                     */
                    graceMonths?: number;
                    /**
                     * @description 同时限制出境
                     * @default false
                     */
                    exitBan?: boolean;
                    /**
                     * @description 单位被执行人：法定代表人以外受约束的人员
                     * @default []
                     */
                    boundPersons?: {
                        /** @enum {string} */
                        role: "legal_representative" | "main_responsible" | "directly_responsible" | "actual_controller";
                        name: string;
                        idNumber: string;
                    }[];
                    /** @default false */
                    campusLoanStudent?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        debtorId: string;
                        /** @enum {string} */
                        kind: "person" | "entity";
                        name: string;
                        idNumber: string | null;
                        creditCode: string | null;
                        /**
                         * @description today: `pending` in its grace period, `in_force`, `expired` (fixed period over), `ended`
                         * @enum {string}
                         */
                        status: "pending" | "in_force" | "expired" | "ended";
                        decidedOn: string;
                        /** @description the day it comes into force (after any grace period) */
                        effectiveOn: string;
                        graceMonths: number;
                        /**
                         * @description 申请执行人申请或法院依职权
                         * @enum {string}
                         */
                        requestedBy: "applicant" | "court";
                        endedOn: string | null;
                        endReason: string | null;
                        documentId: string | null;
                        exitBan: boolean;
                        boundPersons: {
                            role: string;
                            name: string;
                            idNumber: string;
                        }[];
                        temporaryLifts: {
                            from: string;
                            until: string;
                            items: string[];
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdDishonestListings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    debtorId: string;
                    ground: number;
                    /** @description 失信事实 */
                    facts: string;
                    /** @default [] */
                    evidence?: string[];
                    /**
                     * @description 申请执行人申请或法院依职权
                     * @default court
                     * @enum {string}
                     */
                    requestedBy?: "applicant" | "court";
                    /**
                     * @description 宽限期（月），0 为不设
                     * @default 0
                     */
                    graceMonths?: number;
                    /**
                     * @description 第一项：有履行能力
                     * @default true
                     */
                    ableToPerform?: boolean;
                    /** @default false */
                    adequateSecurity?: boolean;
                    /** @default false */
                    seizedPropertySufficient?: boolean;
                    /** @default false */
                    laterInOrderOfPerformance?: boolean;
                    /** @default 0 */
                    extensionYears?: number;
                    /** @default null */
                    extensionReason?: string | null;
                    /** @default false */
                    campusLoanStudent?: boolean;
                    /**
                     * @description 国家工作人员、国家机关、国有企业（通报，失信规定第8条）
                     * @default none
                     * @enum {string}
                     */
                    publicRole?: "none" | "state_employee" | "state_organ" | "state_enterprise";
                    /**
                     * @description 通报的所在单位或上级单位
                     * @default null
                     */
                    reportTo?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        debtorId: string;
                        /** @enum {string} */
                        kind: "person" | "entity";
                        name: string;
                        idNumber: string | null;
                        creditCode: string | null;
                        /**
                         * @description today: `pending` in its grace period, `in_force`, `expired` (fixed period over), `ended`
                         * @enum {string}
                         */
                        status: "pending" | "in_force" | "expired" | "ended";
                        decidedOn: string;
                        /** @description the day it comes into force (after any grace period) */
                        effectiveOn: string;
                        graceMonths: number;
                        /**
                         * @description 申请执行人申请或法院依职权
                         * @enum {string}
                         */
                        requestedBy: "applicant" | "court";
                        endedOn: string | null;
                        endReason: string | null;
                        documentId: string | null;
                        ground: number;
                        groundText: {
                            zh: string;
                            en: string;
                        };
                        facts: string;
                        evidence: string[];
                        /** @description null for ground 1: it ends on a deletion event */
                        endsOn: string | null;
                        extensionYears: number;
                        extensionReason: string | null;
                        restrictionId: string | null;
                        /** @description Dishonest 8: `none`, `state_employee`, `state_organ`, `state_enterprise` */
                        publicRole: string;
                        reportTo: string | null;
                        reportedOn: string | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdRestrictionsByRestrictionIdLift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                restrictionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    reason: "performed" | "urgent" | "security" | "applicant_consent" | "former_representative";
                    /** @default true */
                    now?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        debtorId: string;
                        /** @enum {string} */
                        kind: "person" | "entity";
                        name: string;
                        idNumber: string | null;
                        creditCode: string | null;
                        /**
                         * @description today: `pending` in its grace period, `in_force`, `expired` (fixed period over), `ended`
                         * @enum {string}
                         */
                        status: "pending" | "in_force" | "expired" | "ended";
                        decidedOn: string;
                        /** @description the day it comes into force (after any grace period) */
                        effectiveOn: string;
                        graceMonths: number;
                        /**
                         * @description 申请执行人申请或法院依职权
                         * @enum {string}
                         */
                        requestedBy: "applicant" | "court";
                        endedOn: string | null;
                        endReason: string | null;
                        documentId: string | null;
                        exitBan: boolean;
                        boundPersons: {
                            role: string;
                            name: string;
                            idNumber: string;
                        }[];
                        temporaryLifts: {
                            from: string;
                            until: string;
                            items: string[];
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdRestrictionsByRestrictionIdTemporaryLifts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                restrictionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    from: string;
                    until: string;
                    items: ("flights" | "rail" | "ship_cabins" | "hotels" | "real_estate" | "office_rental" | "vehicles" | "travel" | "school_fees" | "wealth_products" | "other")[];
                    /** @enum {string} */
                    reason: "illness" | "funeral" | "official_duty" | "examination";
                    presidentApproved: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        debtorId: string;
                        /** @enum {string} */
                        kind: "person" | "entity";
                        name: string;
                        idNumber: string | null;
                        creditCode: string | null;
                        /**
                         * @description today: `pending` in its grace period, `in_force`, `expired` (fixed period over), `ended`
                         * @enum {string}
                         */
                        status: "pending" | "in_force" | "expired" | "ended";
                        decidedOn: string;
                        /** @description the day it comes into force (after any grace period) */
                        effectiveOn: string;
                        graceMonths: number;
                        /**
                         * @description 申请执行人申请或法院依职权
                         * @enum {string}
                         */
                        requestedBy: "applicant" | "court";
                        endedOn: string | null;
                        endReason: string | null;
                        documentId: string | null;
                        exitBan: boolean;
                        boundPersons: {
                            role: string;
                            name: string;
                            idNumber: string;
                        }[];
                        temporaryLifts: {
                            from: string;
                            until: string;
                            items: string[];
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdDishonestListingsByListingIdDeletion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                listingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    reason: "performed" | "settlement_performed" | "applicant_request" | "dormant_no_assets" | "suspended" | "not_enforced" | "terminated" | "expired" | "correction" | "early_decision";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        debtorId: string;
                        /** @enum {string} */
                        kind: "person" | "entity";
                        name: string;
                        idNumber: string | null;
                        creditCode: string | null;
                        /**
                         * @description today: `pending` in its grace period, `in_force`, `expired` (fixed period over), `ended`
                         * @enum {string}
                         */
                        status: "pending" | "in_force" | "expired" | "ended";
                        decidedOn: string;
                        /** @description the day it comes into force (after any grace period) */
                        effectiveOn: string;
                        graceMonths: number;
                        /**
                         * @description 申请执行人申请或法院依职权
                         * @enum {string}
                         */
                        requestedBy: "applicant" | "court";
                        endedOn: string | null;
                        endReason: string | null;
                        documentId: string | null;
                        ground: number;
                        groundText: {
                            zh: string;
                            en: string;
                        };
                        facts: string;
                        evidence: string[];
                        /** @description null for ground 1: it ends on a deletion event */
                        endsOn: string | null;
                        extensionYears: number;
                        extensionReason: string | null;
                        restrictionId: string | null;
                        /** @description Dishonest 8: `none`, `state_employee`, `state_organ`, `state_enterprise` */
                        publicRole: string;
                        reportTo: string | null;
                        reportedOn: string | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdDishonestListingsByListingIdRevocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                listingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        debtorId: string;
                        /** @enum {string} */
                        kind: "person" | "entity";
                        name: string;
                        idNumber: string | null;
                        creditCode: string | null;
                        /**
                         * @description today: `pending` in its grace period, `in_force`, `expired` (fixed period over), `ended`
                         * @enum {string}
                         */
                        status: "pending" | "in_force" | "expired" | "ended";
                        decidedOn: string;
                        /** @description the day it comes into force (after any grace period) */
                        effectiveOn: string;
                        graceMonths: number;
                        /**
                         * @description 申请执行人申请或法院依职权
                         * @enum {string}
                         */
                        requestedBy: "applicant" | "court";
                        endedOn: string | null;
                        endReason: string | null;
                        documentId: string | null;
                        ground: number;
                        groundText: {
                            zh: string;
                            en: string;
                        };
                        facts: string;
                        evidence: string[];
                        /** @description null for ground 1: it ends on a deletion event */
                        endsOn: string | null;
                        extensionYears: number;
                        extensionReason: string | null;
                        restrictionId: string | null;
                        /** @description Dishonest 8: `none`, `state_employee`, `state_organ`, `state_enterprise` */
                        publicRole: string;
                        reportTo: string | null;
                        reportedOn: string | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdDishonestListingsByListingIdCorrections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                listingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "wrongly_listed" | "inaccurate" | "should_be_deleted";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        listingId: string;
                        kind: string;
                        reason: string;
                        requestedOn: string;
                        decidedOn: string | null;
                        accepted: boolean | null;
                        decisionNote: string | null;
                        servedOn: string | null;
                        /** @description null: none filed */
                        reconsideration: {
                            requestedOn: string;
                            reason: string | null;
                            decidedOn: string | null;
                            decidedBy: string | null;
                            revoked: boolean | null;
                            note: string | null;
                        } | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdCreditCorrectionsByCorrectionIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                correctionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accept: boolean;
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        listingId: string;
                        kind: string;
                        reason: string;
                        requestedOn: string;
                        decidedOn: string | null;
                        accepted: boolean | null;
                        decisionNote: string | null;
                        servedOn: string | null;
                        /** @description null: none filed */
                        reconsideration: {
                            requestedOn: string;
                            reason: string | null;
                            decidedOn: string | null;
                            decidedBy: string | null;
                            revoked: boolean | null;
                            note: string | null;
                        } | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdCreditCorrectionsByCorrectionIdReconsideration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                correctionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    servedOn?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        listingId: string;
                        kind: string;
                        reason: string;
                        requestedOn: string;
                        decidedOn: string | null;
                        accepted: boolean | null;
                        decisionNote: string | null;
                        servedOn: string | null;
                        /** @description null: none filed */
                        reconsideration: {
                            requestedOn: string;
                            reason: string | null;
                            decidedOn: string | null;
                            decidedBy: string | null;
                            revoked: boolean | null;
                            note: string | null;
                        } | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdCreditCorrectionsByCorrectionIdReconsiderationDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                correctionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    revoke: boolean;
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        listingId: string;
                        kind: string;
                        reason: string;
                        requestedOn: string;
                        decidedOn: string | null;
                        accepted: boolean | null;
                        decisionNote: string | null;
                        servedOn: string | null;
                        /** @description null: none filed */
                        reconsideration: {
                            requestedOn: string;
                            reason: string | null;
                            decidedOn: string | null;
                            decidedBy: string | null;
                            revoked: boolean | null;
                            note: string | null;
                        } | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdRestrictionsByRestrictionIdConsumptionRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                restrictionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    basis: "necessary" | "own_property";
                    applicant: string;
                    /**
                     * @default debtor
                     * @enum {string}
                     */
                    applicantRole?: "debtor" | "legal_representative" | "main_responsible" | "directly_responsible" | "actual_controller";
                    items: ("flights" | "rail" | "ship_cabins" | "hotels" | "real_estate" | "office_rental" | "vehicles" | "travel" | "school_fees" | "wealth_products" | "other")[];
                    purpose: string;
                    from: string;
                    until: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        restrictionId: string;
                        basis: string;
                        applicant: string;
                        applicantRole: string;
                        items: string[];
                        purpose: string;
                        from: string;
                        until: string;
                        requestedOn: string;
                        requestedBy: string;
                        decidedOn: string | null;
                        decidedBy: string | null;
                        allowed: boolean | null;
                        decisionNote: string | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdConsumptionRequestsByRequestIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    allow: boolean;
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        restrictionId: string;
                        basis: string;
                        applicant: string;
                        applicantRole: string;
                        items: string[];
                        purpose: string;
                        from: string;
                        until: string;
                        requestedOn: string;
                        requestedBy: string;
                        decidedOn: string | null;
                        decidedBy: string | null;
                        allowed: boolean | null;
                        decisionNote: string | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminPartnerKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminPartnerKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    sector: "airline" | "railway" | "shipping" | "bank" | "insurer" | "property_registry" | "vehicle_registry" | "hotel" | "travel" | "school" | "government";
                    /** @description 法定用途（如：依《限制消费规定》拒绝售票） */
                    purpose: string;
                    scopes: ("screen" | "changes")[];
                    /** @default 6000 */
                    ratePerMinute?: number;
                    /**
                     * Format: uri
                     * @default null
                     */
                    webhookUrl?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminPartnerKeysByIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminPartnerKeysByIdRedeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicDishonest: {
        parameters: {
            query: {
                /** @description 姓名或单位名称（完整） */
                name: string;
                idNumber?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            /** @enum {string} */
                            kind: "person" | "entity";
                            /** @description a person: 男 or 女 */
                            sex?: string | null;
                            /** @description a person, on the day of listing */
                            age?: number | null;
                            /** @description a person, masked */
                            idNumber?: string | null;
                            /** @description an entity */
                            creditCode?: string | null;
                            /** @description an entity */
                            legalRepresentative?: string | null;
                            duty: string;
                            /** @description 全部履行, 部分履行 or 全部未履行 */
                            performance: string;
                            conduct: string;
                            basisDocument: string;
                            basisIssuer: string;
                            caseNumber: string;
                            filedOn: string;
                            court: string;
                            publishedOn: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `retry-after` header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicRestricted: {
        parameters: {
            query: {
                /** @description 姓名或单位名称（完整） */
                name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            /** @enum {string} */
                            kind: "person" | "entity";
                            /** @description masked */
                            idNumber: string | null;
                            creditCode: string | null;
                            caseNumber: string;
                            filedOn: string;
                            court: string;
                            decidedOn: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `retry-after` header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdDocumentsUpload: {
        parameters: {
            query: {
                fileName: string;
                title?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @description a key of `documentKinds` in GET /api/labels */
                            kind: string;
                            title: string;
                            fileName: string;
                            size: number;
                            sha256: string;
                            mediaType: string;
                            /** @description whether a browser shows it inline (PDFs and photos; not TIFF scans) */
                            inline: boolean;
                            createdAt: string;
                            /** @description the display name of who made or uploaded it */
                            createdBy: string;
                            url: string;
                        }[];
                        /** @description the uploaded document */
                        id: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPartnerV1Screen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subjects: unknown[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartnerV1Changes: {
        parameters: {
            query?: {
                after?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssistV1Callbacks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applied: number;
                        duplicates: number;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNumber: string;
                        accountNo: string;
                        balance: number;
                        /** @description the balance less what pending payouts and held money hold */
                        available: number;
                        held: number;
                        performed: number;
                        entries: {
                            id: string;
                            /** @enum {string} */
                            kind: "deposit" | "deduction" | "cash" | "match" | "payout" | "fee" | "lodging" | "distribution" | "forfeit" | "in_kind";
                            /**
                             * @description `single`: posted at once; `pending`: a hold; `post` / `void`: the hold’s end
                             * @enum {string}
                             */
                            phase: "single" | "pending" | "post" | "void";
                            /** @description the hold a `post` or `void` ends */
                            pendingId: string | null;
                            /** @description the case’s side: positive in, negative out */
                            amount: number;
                            on: string;
                            at: string;
                            actorName: string;
                            data: {
                                [key: string]: unknown;
                            };
                        }[];
                        abilities: string[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdCash: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                    payerName: string;
                    /** @enum {string} */
                    method: "counter" | "cash";
                    /** @default [] */
                    collectedBy?: string[];
                    collectedOn: string;
                    handedOverOn: string;
                    delayReason?: string;
                    /** @default false */
                    payerSigned?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        receiptNo: string;
                        transferId: string;
                        caseNumber: string;
                        payerName: string;
                        amount: number;
                        /** @description ¥21,422.65 */
                        amountText: string;
                        /** @description 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it */
                        amountUpper: string;
                        /** @enum {string} */
                        method: "counter" | "cash";
                        collectedBy: string[];
                        collectedOn: string;
                        handedOverOn: string;
                        receivedBy: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdPayouts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            caseId: string;
                            /** @description in finance’s queue */
                            caseNumber?: string;
                            amount: number;
                            /** @description ¥21,422.65 */
                            amountText: string;
                            /** @description 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it */
                            amountUpper: string;
                            payee: {
                                accountNo: string;
                                accountName: string;
                            };
                            /** @enum {string} */
                            state: "proposed" | "approved" | "executing" | "paid" | "refused" | "failed";
                            reason: string | null;
                            proposedBy: string;
                            proposedOn: string;
                            approvedBy: string | null;
                            approvedOn: string | null;
                            executedBy: string | null;
                            executedOn: string | null;
                            paidOn: string | null;
                            bankTransferId: string | null;
                            failure: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdPayouts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                    payee: {
                        accountNo: string;
                        accountName: string;
                        bankName?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        state: "proposed" | "approved" | "executing" | "paid" | "refused" | "failed";
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPayoutsByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseId: string;
                        /** @description in finance’s queue */
                        caseNumber?: string;
                        amount: number;
                        /** @description ¥21,422.65 */
                        amountText: string;
                        /** @description 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it */
                        amountUpper: string;
                        payee: {
                            accountNo: string;
                            accountName: string;
                        };
                        /** @enum {string} */
                        state: "proposed" | "approved" | "executing" | "paid" | "refused" | "failed";
                        reason: string | null;
                        proposedBy: string;
                        proposedOn: string;
                        approvedBy: string | null;
                        approvedOn: string | null;
                        executedBy: string | null;
                        executedOn: string | null;
                        paidOn: string | null;
                        bankTransferId: string | null;
                        failure: string | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPayoutsByIdRefuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseId: string;
                        /** @description in finance’s queue */
                        caseNumber?: string;
                        amount: number;
                        /** @description ¥21,422.65 */
                        amountText: string;
                        /** @description 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it */
                        amountUpper: string;
                        payee: {
                            accountNo: string;
                            accountName: string;
                        };
                        /** @enum {string} */
                        state: "proposed" | "approved" | "executing" | "paid" | "refused" | "failed";
                        reason: string | null;
                        proposedBy: string;
                        proposedOn: string;
                        approvedBy: string | null;
                        approvedOn: string | null;
                        executedBy: string | null;
                        executedOn: string | null;
                        paidOn: string | null;
                        bankTransferId: string | null;
                        failure: string | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPayoutsByIdExecute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseId: string;
                        /** @description in finance’s queue */
                        caseNumber?: string;
                        amount: number;
                        /** @description ¥21,422.65 */
                        amountText: string;
                        /** @description 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it */
                        amountUpper: string;
                        payee: {
                            accountNo: string;
                            accountName: string;
                        };
                        /** @enum {string} */
                        state: "proposed" | "approved" | "executing" | "paid" | "refused" | "failed";
                        reason: string | null;
                        proposedBy: string;
                        proposedOn: string;
                        approvedBy: string | null;
                        approvedOn: string | null;
                        executedBy: string | null;
                        executedOn: string | null;
                        paidOn: string | null;
                        bankTransferId: string | null;
                        failure: string | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdLodgings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            caseId: string;
                            courtId: string;
                            amount: number;
                            /** @description ¥21,422.65 */
                            amountText: string;
                            /** @description 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it */
                            amountUpper: string;
                            reason: string;
                            /** @enum {string} */
                            state: "proposed" | "approved" | "refused" | "released";
                            proposedBy: string;
                            proposedOn: string;
                            decidedBy: string | null;
                            decidedOn: string | null;
                            endedBy: string | null;
                            endedOn: string | null;
                            endReason: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdLodgings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseId: string;
                        courtId: string;
                        amount: number;
                        /** @description ¥21,422.65 */
                        amountText: string;
                        /** @description 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it */
                        amountUpper: string;
                        reason: string;
                        /** @enum {string} */
                        state: "proposed" | "approved" | "refused" | "released";
                        proposedBy: string;
                        proposedOn: string;
                        decidedBy: string | null;
                        decidedOn: string | null;
                        endedBy: string | null;
                        endedOn: string | null;
                        endReason: string | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postLodgingsByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseId: string;
                        courtId: string;
                        amount: number;
                        /** @description ¥21,422.65 */
                        amountText: string;
                        /** @description 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it */
                        amountUpper: string;
                        reason: string;
                        /** @enum {string} */
                        state: "proposed" | "approved" | "refused" | "released";
                        proposedBy: string;
                        proposedOn: string;
                        decidedBy: string | null;
                        decidedOn: string | null;
                        endedBy: string | null;
                        endedOn: string | null;
                        endReason: string | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postLodgingsByIdRefuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseId: string;
                        courtId: string;
                        amount: number;
                        /** @description ¥21,422.65 */
                        amountText: string;
                        /** @description 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it */
                        amountUpper: string;
                        reason: string;
                        /** @enum {string} */
                        state: "proposed" | "approved" | "refused" | "released";
                        proposedBy: string;
                        proposedOn: string;
                        decidedBy: string | null;
                        decidedOn: string | null;
                        endedBy: string | null;
                        endedOn: string | null;
                        endReason: string | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postLodgingsByIdRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseId: string;
                        courtId: string;
                        amount: number;
                        /** @description ¥21,422.65 */
                        amountText: string;
                        /** @description 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it */
                        amountUpper: string;
                        reason: string;
                        /** @enum {string} */
                        state: "proposed" | "approved" | "refused" | "released";
                        proposedBy: string;
                        proposedOn: string;
                        decidedBy: string | null;
                        decidedOn: string | null;
                        endedBy: string | null;
                        endedOn: string | null;
                        endReason: string | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdApplicationFee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claim: number;
                        amount: number;
                        /** @description ¥21,422.65 */
                        amountText: string;
                        /** @description 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it */
                        amountUpper: string;
                        clause: {
                            zh: string;
                            en: string;
                        };
                        booked: boolean;
                        transferId: string | null;
                        bookedOn: string | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdApplicationFee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claim: number;
                        amount: number;
                        /** @description ¥21,422.65 */
                        amountText: string;
                        /** @description 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it */
                        amountUpper: string;
                        clause: {
                            zh: string;
                            en: string;
                        };
                        booked: boolean;
                        transferId: string | null;
                        bookedOn: string | null;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        claim: number;
                        amount: number;
                        /** @description ¥21,422.65 */
                        amountText: string;
                        /** @description 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it */
                        amountUpper: string;
                        clause: {
                            zh: string;
                            en: string;
                        };
                        booked: boolean;
                        transferId: string | null;
                        bookedOn: string | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFundsDistributionPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                    /** @enum {string} */
                    debtorKind: "person" | "organisation" | "enterprise";
                    /** @default [] */
                    costs?: {
                        creditor: string;
                        amount: number;
                    }[];
                    /** @default [] */
                    priority?: {
                        creditor: string;
                        amount: number;
                        rank: number;
                    }[];
                    /** @default [] */
                    ordinary?: {
                        creditor: string;
                        amount: number;
                        seizedOn?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ruleId: string;
                        clause: {
                            zh: string;
                            en: string;
                        };
                        remainderRule: {
                            zh: string;
                            en: string;
                        };
                        amount: number;
                        amountUpper: string;
                        /** @description left once every claim is paid in full: returned to the debtor */
                        surplus: number;
                        allocations: {
                            id: string;
                            creditor: string;
                            /** @enum {string} */
                            group: "costs" | "priority" | "ordinary";
                            rank: number;
                            claimed: number;
                            allocated: number;
                            /** @description what the debtor still owes on the claim */
                            unpaid: number;
                            allocatedUpper: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundsPayouts: {
        parameters: {
            query?: {
                state?: "proposed" | "approved" | "executing" | "paid" | "refused" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            caseId: string;
                            /** @description in finance’s queue */
                            caseNumber?: string;
                            amount: number;
                            /** @description ¥21,422.65 */
                            amountText: string;
                            /** @description 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it */
                            amountUpper: string;
                            payee: {
                                accountNo: string;
                                accountName: string;
                            };
                            /** @enum {string} */
                            state: "proposed" | "approved" | "executing" | "paid" | "refused" | "failed";
                            reason: string | null;
                            proposedBy: string;
                            proposedOn: string;
                            approvedBy: string | null;
                            approvedOn: string | null;
                            executedBy: string | null;
                            executedOn: string | null;
                            paidOn: string | null;
                            bankTransferId: string | null;
                            failure: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundsUnidentified: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            amount: number;
                            payerName: string;
                            payerAccountNo: string | null;
                            accountNo: string;
                            reference: string | null;
                            receivedOn: string;
                            workingDaysWaiting: number;
                            /** @description `funds.unidentified` once it waited too many working days */
                            warning: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFundsUnidentifiedByIdMatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    caseId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lineId: string;
                        caseId: string;
                        transferId: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundsReconciliations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            on: string;
                            fromSeq: number;
                            toSeq: number;
                            bankLines: number;
                            exceptions: {
                                /**
                                 * @description `missing`: a bank line the platform never received (booked now); `not_at_bank`: one the bank does not list; `mismatch`: the same line with another amount or account
                                 * @enum {string}
                                 */
                                kind: "missing" | "not_at_bank" | "mismatch";
                                lineId: string;
                                accountNo: string;
                                amount: number;
                                detail: string;
                            }[];
                            createdBy: string;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFundsReconciliations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        on: string;
                        fromSeq: number;
                        toSeq: number;
                        bankLines: number;
                        exceptions: {
                            /**
                             * @description `missing`: a bank line the platform never received (booked now); `not_at_bank`: one the bank does not list; `mismatch`: the same line with another amount or account
                             * @enum {string}
                             */
                            kind: "missing" | "not_at_bank" | "mismatch";
                            lineId: string;
                            accountNo: string;
                            amount: number;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundsVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        accounts: number;
                        transfers: number;
                        problem?: {
                            check: string;
                            detail: string;
                        };
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdDistribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description null: the case has none */
                        distribution: {
                            id: string;
                            /** @enum {string} */
                            debtorKind: "person" | "organisation" | "enterprise";
                            /** @enum {string} */
                            state: "open" | "served" | "paying";
                            /** @description the plan served */
                            documentId: string | null;
                            servedOn: string | null;
                            objectionDueOn: string | null;
                            lodged: number;
                            lodgedText: string;
                            /** @description what the running suits dispute: to be lodged (提存) */
                            lodgeable: number;
                            remainderRule: {
                                zh: string;
                                en: string;
                            };
                            claims: {
                                id: string;
                                position: number;
                                creditor: string;
                                /** @enum {string} */
                                group: "costs" | "priority" | "ordinary";
                                rank: number;
                                claimed: number;
                                /** @description as admitted */
                                amount: number;
                                title: {
                                    documentNumber: string;
                                    issuingCourt: string;
                                } | null;
                                titleDocumentId: string | null;
                                payee: {
                                    accountNo: string;
                                    accountName: string;
                                    bankName?: string;
                                } | null;
                                joinedOn: string;
                                joinedBy: string;
                                /** @description the undisputed share payable now */
                                payable: number;
                                /** @description what was proposed for payout already */
                                proposed: number;
                            }[];
                            plan: {
                                amount: number;
                                /** @description ¥21,422.65 */
                                amountText: string;
                                /** @description 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it */
                                amountUpper: string;
                                surplus: number;
                                surplusText: string;
                                allocations: {
                                    id: string;
                                    creditor: string;
                                    /** @enum {string} */
                                    group: "costs" | "priority" | "ordinary";
                                    rank: number;
                                    claimed: number;
                                    allocated: number;
                                    /** @description what the debtor still owes on the claim */
                                    unpaid: number;
                                    allocatedText: string;
                                    allocatedUpper: string;
                                }[];
                            } | null;
                            disputed: number;
                            objections: {
                                id: string;
                                distributionId: string;
                                objector: string;
                                changes: {
                                    claimId: string;
                                    amount: number;
                                }[];
                                reason: string;
                                /** @enum {string} */
                                state: "filed" | "notified" | "opposed" | "suing" | "revised" | "lapsed" | "upheld" | "dismissed";
                                filedOn: string;
                                notifiedOn: string | null;
                                opposedOn: string | null;
                                opposedBy: string | null;
                                suitFiledOn: string | null;
                                suitReference: string | null;
                                endedOn: string | null;
                                oppositionDueOn: string | null;
                                suitDueOn: string | null;
                                /** @description the plan as the objection asks it */
                                revision: {
                                    amount: number;
                                    /** @description ¥21,422.65 */
                                    amountText: string;
                                    /** @description 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it */
                                    amountUpper: string;
                                    surplus: number;
                                    surplusText: string;
                                    allocations: {
                                        id: string;
                                        creditor: string;
                                        /** @enum {string} */
                                        group: "costs" | "priority" | "ordinary";
                                        rank: number;
                                        claimed: number;
                                        allocated: number;
                                        /** @description what the debtor still owes on the claim */
                                        unpaid: number;
                                        allocatedText: string;
                                        allocatedUpper: string;
                                    }[];
                                } | null;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdDistribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    debtorKind: "person" | "organisation" | "enterprise";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDistributionsByIdClaims: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    creditor: string;
                    /** @enum {string} */
                    group: "costs" | "priority" | "ordinary";
                    rank?: number;
                    amount: number;
                    title?: {
                        documentNumber: string;
                        issuingCourt: string;
                    };
                    /** Format: uuid */
                    titleDocumentId?: string;
                    payee?: {
                        accountNo: string;
                        accountName: string;
                        bankName?: string;
                    };
                    joinedOn?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDistributionsByIdPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        documentId: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDistributionsByIdObjections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    objector: string;
                    changes: {
                        /** Format: uuid */
                        claimId: string;
                        amount: number;
                    }[];
                    reason: string;
                    filedOn?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDistributionObjectionsByIdNotify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    on?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        state: "filed" | "notified" | "opposed" | "suing" | "revised" | "lapsed" | "upheld" | "dismissed";
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDistributionObjectionsByIdOppose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    by: string;
                    on?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        state: "filed" | "notified" | "opposed" | "suing" | "revised" | "lapsed" | "upheld" | "dismissed";
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDistributionObjectionsByIdRevise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        state: "filed" | "notified" | "opposed" | "suing" | "revised" | "lapsed" | "upheld" | "dismissed";
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDistributionObjectionsByIdSuit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reference: string;
                    on?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        state: "filed" | "notified" | "opposed" | "suing" | "revised" | "lapsed" | "upheld" | "dismissed";
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDistributionObjectionsByIdLapse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        state: "filed" | "notified" | "opposed" | "suing" | "revised" | "lapsed" | "upheld" | "dismissed";
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDistributionObjectionsByIdUphold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        state: "filed" | "notified" | "opposed" | "suing" | "revised" | "lapsed" | "upheld" | "dismissed";
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDistributionObjectionsByIdDismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        state: "filed" | "notified" | "opposed" | "suing" | "revised" | "lapsed" | "upheld" | "dismissed";
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDistributionsByIdPayouts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        payouts: {
                            claimId: string;
                            payoutId: string;
                            amount: number;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdTriage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        /**
                         * @description null: not triaged yet (no collective query answered)
                         * @enum {string|null}
                         */
                        track: "simple" | "normal" | null;
                        trackName: {
                            zh: string;
                            en: string;
                        } | null;
                        since: string | null;
                        corrected: boolean;
                        /** @description 简案办理期限 in force (rule parameter case.triage.simple_period/targetMonths) */
                        targetMonths: number;
                        /** @description a simple case: the last day of its target period */
                        dueOn: string | null;
                        overdue: boolean;
                        history: {
                            type: string;
                            on: string;
                            actorName: string;
                            data: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdTriage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    track: "simple" | "normal";
                    /** @description 更正理由 */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        /**
                         * @description null: not triaged yet (no collective query answered)
                         * @enum {string|null}
                         */
                        track: "simple" | "normal" | null;
                        trackName: {
                            zh: string;
                            en: string;
                        } | null;
                        since: string | null;
                        corrected: boolean;
                        /** @description 简案办理期限 in force (rule parameter case.triage.simple_period/targetMonths) */
                        targetMonths: number;
                        /** @description a simple case: the last day of its target period */
                        dueOn: string | null;
                        overdue: boolean;
                        history: {
                            type: string;
                            on: string;
                            actorName: string;
                            data: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdBankruptcyTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        caseOpen: boolean;
                        suggestion: {
                            suggested: boolean;
                            debtorId: string | null;
                            reasons: {
                                zh: string;
                                en: string;
                            }[];
                        };
                        debtors: {
                            id: string;
                            name: string;
                            enterprise: boolean;
                        }[];
                        applicants: {
                            id: string;
                            name: string;
                        }[];
                        transfer: {
                            id: string;
                            /** @enum {string} */
                            state: "consulting" | "review_refused" | "reviewed" | "decided" | "served" | "accepted" | "declared" | "not_accepted" | "returned";
                            debtorName: string;
                            creditCode: string;
                            consents: {
                                /** @enum {string} */
                                party: "applicant" | "debtor";
                                partyId: string;
                                name: string;
                                consented: boolean;
                                documentId: string | null;
                                on: string;
                            }[];
                            panel: {
                                members: string[];
                                agreed: boolean;
                                opinion: string;
                                on: string;
                            } | null;
                            bankruptcyCourt: string | null;
                            presidentName: string | null;
                            decidedOn: string | null;
                            decisionDocumentId: string | null;
                            servedOn: string | null;
                            answeredOn: string | null;
                            accepted: boolean | null;
                            ruling: string | null;
                            declaredOn: string | null;
                            materialsReturnedOn: string | null;
                        } | null;
                        steps: {
                            id: string;
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            state: "done" | "current" | "pending" | "skipped" | "refused";
                        }[];
                        suspensions: {
                            caseId: string;
                            caseNumber: string;
                            courtName: string;
                            suspendedOn: string;
                            resumedOn: string | null;
                            terminatedOn: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdBankruptcyTransferConsents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    party: "applicant" | "debtor";
                    /**
                     * Format: uuid
                     * @description which applicant or debtor; the first of the role when absent
                     */
                    partyId?: string;
                    consented: boolean;
                    /**
                     * Format: uuid
                     * @description 书面同意书 in the dossier
                     */
                    documentId?: string;
                    on?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        caseOpen: boolean;
                        suggestion: {
                            suggested: boolean;
                            debtorId: string | null;
                            reasons: {
                                zh: string;
                                en: string;
                            }[];
                        };
                        debtors: {
                            id: string;
                            name: string;
                            enterprise: boolean;
                        }[];
                        applicants: {
                            id: string;
                            name: string;
                        }[];
                        transfer: {
                            id: string;
                            /** @enum {string} */
                            state: "consulting" | "review_refused" | "reviewed" | "decided" | "served" | "accepted" | "declared" | "not_accepted" | "returned";
                            debtorName: string;
                            creditCode: string;
                            consents: {
                                /** @enum {string} */
                                party: "applicant" | "debtor";
                                partyId: string;
                                name: string;
                                consented: boolean;
                                documentId: string | null;
                                on: string;
                            }[];
                            panel: {
                                members: string[];
                                agreed: boolean;
                                opinion: string;
                                on: string;
                            } | null;
                            bankruptcyCourt: string | null;
                            presidentName: string | null;
                            decidedOn: string | null;
                            decisionDocumentId: string | null;
                            servedOn: string | null;
                            answeredOn: string | null;
                            accepted: boolean | null;
                            ruling: string | null;
                            declaredOn: string | null;
                            materialsReturnedOn: string | null;
                        } | null;
                        steps: {
                            id: string;
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            state: "done" | "current" | "pending" | "skipped" | "refused";
                        }[];
                        suspensions: {
                            caseId: string;
                            caseNumber: string;
                            courtName: string;
                            suspendedOn: string;
                            resumedOn: string | null;
                            terminatedOn: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdBankruptcyTransferReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 合议庭成员 */
                    members: string[];
                    /** @description 评议同意移送 */
                    agreed: boolean;
                    /** @description 评议意见 */
                    opinion: string;
                    /** @description 新的事实: required for a new review after the panel refused (bankruptcy.review_again) */
                    newFacts?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        caseOpen: boolean;
                        suggestion: {
                            suggested: boolean;
                            debtorId: string | null;
                            reasons: {
                                zh: string;
                                en: string;
                            }[];
                        };
                        debtors: {
                            id: string;
                            name: string;
                            enterprise: boolean;
                        }[];
                        applicants: {
                            id: string;
                            name: string;
                        }[];
                        transfer: {
                            id: string;
                            /** @enum {string} */
                            state: "consulting" | "review_refused" | "reviewed" | "decided" | "served" | "accepted" | "declared" | "not_accepted" | "returned";
                            debtorName: string;
                            creditCode: string;
                            consents: {
                                /** @enum {string} */
                                party: "applicant" | "debtor";
                                partyId: string;
                                name: string;
                                consented: boolean;
                                documentId: string | null;
                                on: string;
                            }[];
                            panel: {
                                members: string[];
                                agreed: boolean;
                                opinion: string;
                                on: string;
                            } | null;
                            bankruptcyCourt: string | null;
                            presidentName: string | null;
                            decidedOn: string | null;
                            decisionDocumentId: string | null;
                            servedOn: string | null;
                            answeredOn: string | null;
                            accepted: boolean | null;
                            ruling: string | null;
                            declaredOn: string | null;
                            materialsReturnedOn: string | null;
                        } | null;
                        steps: {
                            id: string;
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            state: "done" | "current" | "pending" | "skipped" | "refused";
                        }[];
                        suspensions: {
                            caseId: string;
                            caseNumber: string;
                            courtName: string;
                            suspendedOn: string;
                            resumedOn: string | null;
                            terminatedOn: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdBankruptcyTransferDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 受移送法院 */
                    bankruptcyCourt: string;
                    /** @description 签署的院长 */
                    presidentName: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        caseOpen: boolean;
                        suggestion: {
                            suggested: boolean;
                            debtorId: string | null;
                            reasons: {
                                zh: string;
                                en: string;
                            }[];
                        };
                        debtors: {
                            id: string;
                            name: string;
                            enterprise: boolean;
                        }[];
                        applicants: {
                            id: string;
                            name: string;
                        }[];
                        transfer: {
                            id: string;
                            /** @enum {string} */
                            state: "consulting" | "review_refused" | "reviewed" | "decided" | "served" | "accepted" | "declared" | "not_accepted" | "returned";
                            debtorName: string;
                            creditCode: string;
                            consents: {
                                /** @enum {string} */
                                party: "applicant" | "debtor";
                                partyId: string;
                                name: string;
                                consented: boolean;
                                documentId: string | null;
                                on: string;
                            }[];
                            panel: {
                                members: string[];
                                agreed: boolean;
                                opinion: string;
                                on: string;
                            } | null;
                            bankruptcyCourt: string | null;
                            presidentName: string | null;
                            decidedOn: string | null;
                            decisionDocumentId: string | null;
                            servedOn: string | null;
                            answeredOn: string | null;
                            accepted: boolean | null;
                            ruling: string | null;
                            declaredOn: string | null;
                            materialsReturnedOn: string | null;
                        } | null;
                        steps: {
                            id: string;
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            state: "done" | "current" | "pending" | "skipped" | "refused";
                        }[];
                        suspensions: {
                            caseId: string;
                            caseNumber: string;
                            courtName: string;
                            suspendedOn: string;
                            resumedOn: string | null;
                            terminatedOn: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdBankruptcyTransferService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the day it happened; today when absent */
                    on?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        caseOpen: boolean;
                        suggestion: {
                            suggested: boolean;
                            debtorId: string | null;
                            reasons: {
                                zh: string;
                                en: string;
                            }[];
                        };
                        debtors: {
                            id: string;
                            name: string;
                            enterprise: boolean;
                        }[];
                        applicants: {
                            id: string;
                            name: string;
                        }[];
                        transfer: {
                            id: string;
                            /** @enum {string} */
                            state: "consulting" | "review_refused" | "reviewed" | "decided" | "served" | "accepted" | "declared" | "not_accepted" | "returned";
                            debtorName: string;
                            creditCode: string;
                            consents: {
                                /** @enum {string} */
                                party: "applicant" | "debtor";
                                partyId: string;
                                name: string;
                                consented: boolean;
                                documentId: string | null;
                                on: string;
                            }[];
                            panel: {
                                members: string[];
                                agreed: boolean;
                                opinion: string;
                                on: string;
                            } | null;
                            bankruptcyCourt: string | null;
                            presidentName: string | null;
                            decidedOn: string | null;
                            decisionDocumentId: string | null;
                            servedOn: string | null;
                            answeredOn: string | null;
                            accepted: boolean | null;
                            ruling: string | null;
                            declaredOn: string | null;
                            materialsReturnedOn: string | null;
                        } | null;
                        steps: {
                            id: string;
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            state: "done" | "current" | "pending" | "skipped" | "refused";
                        }[];
                        suspensions: {
                            caseId: string;
                            caseNumber: string;
                            courtName: string;
                            suspendedOn: string;
                            resumedOn: string | null;
                            terminatedOn: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdBankruptcyTransferAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accepted: boolean;
                    /** @description 裁定书号 */
                    ruling?: string;
                    on?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        caseOpen: boolean;
                        suggestion: {
                            suggested: boolean;
                            debtorId: string | null;
                            reasons: {
                                zh: string;
                                en: string;
                            }[];
                        };
                        debtors: {
                            id: string;
                            name: string;
                            enterprise: boolean;
                        }[];
                        applicants: {
                            id: string;
                            name: string;
                        }[];
                        transfer: {
                            id: string;
                            /** @enum {string} */
                            state: "consulting" | "review_refused" | "reviewed" | "decided" | "served" | "accepted" | "declared" | "not_accepted" | "returned";
                            debtorName: string;
                            creditCode: string;
                            consents: {
                                /** @enum {string} */
                                party: "applicant" | "debtor";
                                partyId: string;
                                name: string;
                                consented: boolean;
                                documentId: string | null;
                                on: string;
                            }[];
                            panel: {
                                members: string[];
                                agreed: boolean;
                                opinion: string;
                                on: string;
                            } | null;
                            bankruptcyCourt: string | null;
                            presidentName: string | null;
                            decidedOn: string | null;
                            decisionDocumentId: string | null;
                            servedOn: string | null;
                            answeredOn: string | null;
                            accepted: boolean | null;
                            ruling: string | null;
                            declaredOn: string | null;
                            materialsReturnedOn: string | null;
                        } | null;
                        steps: {
                            id: string;
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            state: "done" | "current" | "pending" | "skipped" | "refused";
                        }[];
                        suspensions: {
                            caseId: string;
                            caseNumber: string;
                            courtName: string;
                            suspendedOn: string;
                            resumedOn: string | null;
                            terminatedOn: string | null;
                        }[];
                        released: string[];
                        releaseFailed: {
                            assetId: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdBankruptcyTransferDeclaration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the day it happened; today when absent */
                    on?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        caseOpen: boolean;
                        suggestion: {
                            suggested: boolean;
                            debtorId: string | null;
                            reasons: {
                                zh: string;
                                en: string;
                            }[];
                        };
                        debtors: {
                            id: string;
                            name: string;
                            enterprise: boolean;
                        }[];
                        applicants: {
                            id: string;
                            name: string;
                        }[];
                        transfer: {
                            id: string;
                            /** @enum {string} */
                            state: "consulting" | "review_refused" | "reviewed" | "decided" | "served" | "accepted" | "declared" | "not_accepted" | "returned";
                            debtorName: string;
                            creditCode: string;
                            consents: {
                                /** @enum {string} */
                                party: "applicant" | "debtor";
                                partyId: string;
                                name: string;
                                consented: boolean;
                                documentId: string | null;
                                on: string;
                            }[];
                            panel: {
                                members: string[];
                                agreed: boolean;
                                opinion: string;
                                on: string;
                            } | null;
                            bankruptcyCourt: string | null;
                            presidentName: string | null;
                            decidedOn: string | null;
                            decisionDocumentId: string | null;
                            servedOn: string | null;
                            answeredOn: string | null;
                            accepted: boolean | null;
                            ruling: string | null;
                            declaredOn: string | null;
                            materialsReturnedOn: string | null;
                        } | null;
                        steps: {
                            id: string;
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            state: "done" | "current" | "pending" | "skipped" | "refused";
                        }[];
                        suspensions: {
                            caseId: string;
                            caseNumber: string;
                            courtName: string;
                            suspendedOn: string;
                            resumedOn: string | null;
                            terminatedOn: string | null;
                        }[];
                        terminated: string[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdBankruptcyTransferMaterialsReturned: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the day it happened; today when absent */
                    on?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        caseOpen: boolean;
                        suggestion: {
                            suggested: boolean;
                            debtorId: string | null;
                            reasons: {
                                zh: string;
                                en: string;
                            }[];
                        };
                        debtors: {
                            id: string;
                            name: string;
                            enterprise: boolean;
                        }[];
                        applicants: {
                            id: string;
                            name: string;
                        }[];
                        transfer: {
                            id: string;
                            /** @enum {string} */
                            state: "consulting" | "review_refused" | "reviewed" | "decided" | "served" | "accepted" | "declared" | "not_accepted" | "returned";
                            debtorName: string;
                            creditCode: string;
                            consents: {
                                /** @enum {string} */
                                party: "applicant" | "debtor";
                                partyId: string;
                                name: string;
                                consented: boolean;
                                documentId: string | null;
                                on: string;
                            }[];
                            panel: {
                                members: string[];
                                agreed: boolean;
                                opinion: string;
                                on: string;
                            } | null;
                            bankruptcyCourt: string | null;
                            presidentName: string | null;
                            decidedOn: string | null;
                            decisionDocumentId: string | null;
                            servedOn: string | null;
                            answeredOn: string | null;
                            accepted: boolean | null;
                            ruling: string | null;
                            declaredOn: string | null;
                            materialsReturnedOn: string | null;
                        } | null;
                        steps: {
                            id: string;
                            title: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            state: "done" | "current" | "pending" | "skipped" | "refused";
                        }[];
                        suspensions: {
                            caseId: string;
                            caseNumber: string;
                            courtName: string;
                            suspendedOn: string;
                            resumedOn: string | null;
                            terminatedOn: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssetsByIdValuations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        today: string;
                        /** @description the platform clock now */
                        now: string;
                        items: {
                            id: string;
                            /** @enum {string} */
                            method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                            methodName: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            status: "inquiring" | "appraising" | "priced" | "failed" | "superseded";
                            statusName: {
                                zh: string;
                                en: string;
                            };
                            startedAt: string;
                            startedOn: string;
                            /** @description online inquiry: the end of the platforms’ period (3 days, 6 with the extension) */
                            dueAt: string | null;
                            extended: boolean;
                            basis: {
                                [key: string]: string;
                            } | null;
                            draw: {
                                /** @description `sha256-rank-v1` (docs/valuation.md) */
                                algorithm: string;
                                seed: string;
                                /** @description the agencies drawn from, in the published order */
                                list: string[];
                                count: number;
                                /** @description the agencies drawn, in order */
                                result: string[];
                                drawnAt: string;
                            } | null;
                            agencies: string[] | null;
                            /** @description the agency now working, an index into `agencies` */
                            agencyIndex: number | null;
                            reportDueOn: string | null;
                            reportExtensions: number;
                            reportNo: string | null;
                            reportReceivedOn: string | null;
                            servedOn: string | null;
                            objectionUntil: string | null;
                            results: {
                                platform: string;
                                name: string;
                                /** @description waiting, priced, declined, late, objected or failed */
                                status: string;
                                price: number | null;
                                reportNo: string | null;
                                reason: string | null;
                                deliveredAt: string | null;
                            }[];
                            /** @description the price this procedure set */
                            referencePrice: number | null;
                            determinedOn: string | null;
                            validUntil: string | null;
                            salePrice: number | null;
                            feePlatform: string | null;
                            note: string | null;
                            /** @description the expired procedure this one reissues (RefPrice 27) */
                            reissueOf: string | null;
                            stayedSince: string | null;
                            stays: {
                                from: string;
                                until: string | null;
                                reason: string;
                            }[];
                            returns: {
                                agency: string;
                                on: string;
                                reason: string;
                                note: string;
                                late: boolean;
                            }[];
                            createdBy: string;
                        }[];
                        /** @description the asset’s reference price in force */
                        current: {
                            valuationId: string;
                            amount: number;
                            /** @enum {string} */
                            method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                            determinedOn: string;
                            validUntil: string;
                        } | null;
                        abilities: string[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssetsByIdValuations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                    price?: number;
                    authority?: string;
                    basis?: string;
                    agencies?: string[];
                    skipAgreed?: boolean;
                    appraisalRequired?: boolean;
                    needsInspection?: boolean;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                        methodName: {
                            zh: string;
                            en: string;
                        };
                        /** @enum {string} */
                        status: "inquiring" | "appraising" | "priced" | "failed" | "superseded";
                        statusName: {
                            zh: string;
                            en: string;
                        };
                        startedAt: string;
                        startedOn: string;
                        /** @description online inquiry: the end of the platforms’ period (3 days, 6 with the extension) */
                        dueAt: string | null;
                        extended: boolean;
                        basis: {
                            [key: string]: string;
                        } | null;
                        draw: {
                            /** @description `sha256-rank-v1` (docs/valuation.md) */
                            algorithm: string;
                            seed: string;
                            /** @description the agencies drawn from, in the published order */
                            list: string[];
                            count: number;
                            /** @description the agencies drawn, in order */
                            result: string[];
                            drawnAt: string;
                        } | null;
                        agencies: string[] | null;
                        /** @description the agency now working, an index into `agencies` */
                        agencyIndex: number | null;
                        reportDueOn: string | null;
                        reportExtensions: number;
                        reportNo: string | null;
                        reportReceivedOn: string | null;
                        servedOn: string | null;
                        objectionUntil: string | null;
                        results: {
                            platform: string;
                            name: string;
                            /** @description waiting, priced, declined, late, objected or failed */
                            status: string;
                            price: number | null;
                            reportNo: string | null;
                            reason: string | null;
                            deliveredAt: string | null;
                        }[];
                        /** @description the price this procedure set */
                        referencePrice: number | null;
                        determinedOn: string | null;
                        validUntil: string | null;
                        salePrice: number | null;
                        feePlatform: string | null;
                        note: string | null;
                        /** @description the expired procedure this one reissues (RefPrice 27) */
                        reissueOf: string | null;
                        stayedSince: string | null;
                        stays: {
                            from: string;
                            until: string | null;
                            reason: string;
                        }[];
                        returns: {
                            agency: string;
                            on: string;
                            reason: string;
                            note: string;
                            late: boolean;
                        }[];
                        createdBy: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getValuationsByIdDraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `sha256-rank-v1` (docs/valuation.md) */
                        algorithm: string;
                        seed: string;
                        /** @description the agencies drawn from, in the published order */
                        list: string[];
                        count: number;
                        /** @description the agencies drawn, in order */
                        result: string[];
                        drawnAt: string;
                        recomputed: string[];
                        /** @description `recomputed` equals `result` */
                        matches: boolean;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postValuationsByIdReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                    reportNo: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                        methodName: {
                            zh: string;
                            en: string;
                        };
                        /** @enum {string} */
                        status: "inquiring" | "appraising" | "priced" | "failed" | "superseded";
                        statusName: {
                            zh: string;
                            en: string;
                        };
                        startedAt: string;
                        startedOn: string;
                        /** @description online inquiry: the end of the platforms’ period (3 days, 6 with the extension) */
                        dueAt: string | null;
                        extended: boolean;
                        basis: {
                            [key: string]: string;
                        } | null;
                        draw: {
                            /** @description `sha256-rank-v1` (docs/valuation.md) */
                            algorithm: string;
                            seed: string;
                            /** @description the agencies drawn from, in the published order */
                            list: string[];
                            count: number;
                            /** @description the agencies drawn, in order */
                            result: string[];
                            drawnAt: string;
                        } | null;
                        agencies: string[] | null;
                        /** @description the agency now working, an index into `agencies` */
                        agencyIndex: number | null;
                        reportDueOn: string | null;
                        reportExtensions: number;
                        reportNo: string | null;
                        reportReceivedOn: string | null;
                        servedOn: string | null;
                        objectionUntil: string | null;
                        results: {
                            platform: string;
                            name: string;
                            /** @description waiting, priced, declined, late, objected or failed */
                            status: string;
                            price: number | null;
                            reportNo: string | null;
                            reason: string | null;
                            deliveredAt: string | null;
                        }[];
                        /** @description the price this procedure set */
                        referencePrice: number | null;
                        determinedOn: string | null;
                        validUntil: string | null;
                        salePrice: number | null;
                        feePlatform: string | null;
                        note: string | null;
                        /** @description the expired procedure this one reissues (RefPrice 27) */
                        reissueOf: string | null;
                        stayedSince: string | null;
                        stays: {
                            from: string;
                            until: string | null;
                            reason: string;
                        }[];
                        returns: {
                            agency: string;
                            on: string;
                            reason: string;
                            note: string;
                            late: boolean;
                        }[];
                        createdBy: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postValuationsByIdExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                        methodName: {
                            zh: string;
                            en: string;
                        };
                        /** @enum {string} */
                        status: "inquiring" | "appraising" | "priced" | "failed" | "superseded";
                        statusName: {
                            zh: string;
                            en: string;
                        };
                        startedAt: string;
                        startedOn: string;
                        /** @description online inquiry: the end of the platforms’ period (3 days, 6 with the extension) */
                        dueAt: string | null;
                        extended: boolean;
                        basis: {
                            [key: string]: string;
                        } | null;
                        draw: {
                            /** @description `sha256-rank-v1` (docs/valuation.md) */
                            algorithm: string;
                            seed: string;
                            /** @description the agencies drawn from, in the published order */
                            list: string[];
                            count: number;
                            /** @description the agencies drawn, in order */
                            result: string[];
                            drawnAt: string;
                        } | null;
                        agencies: string[] | null;
                        /** @description the agency now working, an index into `agencies` */
                        agencyIndex: number | null;
                        reportDueOn: string | null;
                        reportExtensions: number;
                        reportNo: string | null;
                        reportReceivedOn: string | null;
                        servedOn: string | null;
                        objectionUntil: string | null;
                        results: {
                            platform: string;
                            name: string;
                            /** @description waiting, priced, declined, late, objected or failed */
                            status: string;
                            price: number | null;
                            reportNo: string | null;
                            reason: string | null;
                            deliveredAt: string | null;
                        }[];
                        /** @description the price this procedure set */
                        referencePrice: number | null;
                        determinedOn: string | null;
                        validUntil: string | null;
                        salePrice: number | null;
                        feePlatform: string | null;
                        note: string | null;
                        /** @description the expired procedure this one reissues (RefPrice 27) */
                        reissueOf: string | null;
                        stayedSince: string | null;
                        stays: {
                            from: string;
                            until: string | null;
                            reason: string;
                        }[];
                        returns: {
                            agency: string;
                            on: string;
                            reason: string;
                            note: string;
                            late: boolean;
                        }[];
                        createdBy: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postValuationsByIdNextAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                        methodName: {
                            zh: string;
                            en: string;
                        };
                        /** @enum {string} */
                        status: "inquiring" | "appraising" | "priced" | "failed" | "superseded";
                        statusName: {
                            zh: string;
                            en: string;
                        };
                        startedAt: string;
                        startedOn: string;
                        /** @description online inquiry: the end of the platforms’ period (3 days, 6 with the extension) */
                        dueAt: string | null;
                        extended: boolean;
                        basis: {
                            [key: string]: string;
                        } | null;
                        draw: {
                            /** @description `sha256-rank-v1` (docs/valuation.md) */
                            algorithm: string;
                            seed: string;
                            /** @description the agencies drawn from, in the published order */
                            list: string[];
                            count: number;
                            /** @description the agencies drawn, in order */
                            result: string[];
                            drawnAt: string;
                        } | null;
                        agencies: string[] | null;
                        /** @description the agency now working, an index into `agencies` */
                        agencyIndex: number | null;
                        reportDueOn: string | null;
                        reportExtensions: number;
                        reportNo: string | null;
                        reportReceivedOn: string | null;
                        servedOn: string | null;
                        objectionUntil: string | null;
                        results: {
                            platform: string;
                            name: string;
                            /** @description waiting, priced, declined, late, objected or failed */
                            status: string;
                            price: number | null;
                            reportNo: string | null;
                            reason: string | null;
                            deliveredAt: string | null;
                        }[];
                        /** @description the price this procedure set */
                        referencePrice: number | null;
                        determinedOn: string | null;
                        validUntil: string | null;
                        salePrice: number | null;
                        feePlatform: string | null;
                        note: string | null;
                        /** @description the expired procedure this one reissues (RefPrice 27) */
                        reissueOf: string | null;
                        stayedSince: string | null;
                        stays: {
                            from: string;
                            until: string | null;
                            reason: string;
                        }[];
                        returns: {
                            agency: string;
                            on: string;
                            reason: string;
                            note: string;
                            late: boolean;
                        }[];
                        createdBy: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postValuationsByIdReissue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    price?: number;
                    authority?: string;
                    basis?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                        methodName: {
                            zh: string;
                            en: string;
                        };
                        /** @enum {string} */
                        status: "inquiring" | "appraising" | "priced" | "failed" | "superseded";
                        statusName: {
                            zh: string;
                            en: string;
                        };
                        startedAt: string;
                        startedOn: string;
                        /** @description online inquiry: the end of the platforms’ period (3 days, 6 with the extension) */
                        dueAt: string | null;
                        extended: boolean;
                        basis: {
                            [key: string]: string;
                        } | null;
                        draw: {
                            /** @description `sha256-rank-v1` (docs/valuation.md) */
                            algorithm: string;
                            seed: string;
                            /** @description the agencies drawn from, in the published order */
                            list: string[];
                            count: number;
                            /** @description the agencies drawn, in order */
                            result: string[];
                            drawnAt: string;
                        } | null;
                        agencies: string[] | null;
                        /** @description the agency now working, an index into `agencies` */
                        agencyIndex: number | null;
                        reportDueOn: string | null;
                        reportExtensions: number;
                        reportNo: string | null;
                        reportReceivedOn: string | null;
                        servedOn: string | null;
                        objectionUntil: string | null;
                        results: {
                            platform: string;
                            name: string;
                            /** @description waiting, priced, declined, late, objected or failed */
                            status: string;
                            price: number | null;
                            reportNo: string | null;
                            reason: string | null;
                            deliveredAt: string | null;
                        }[];
                        /** @description the price this procedure set */
                        referencePrice: number | null;
                        determinedOn: string | null;
                        validUntil: string | null;
                        salePrice: number | null;
                        feePlatform: string | null;
                        note: string | null;
                        /** @description the expired procedure this one reissues (RefPrice 27) */
                        reissueOf: string | null;
                        stayedSince: string | null;
                        stays: {
                            from: string;
                            until: string | null;
                            reason: string;
                        }[];
                        returns: {
                            agency: string;
                            on: string;
                            reason: string;
                            note: string;
                            late: boolean;
                        }[];
                        createdBy: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postValuationsByIdReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    reason: "missed_period" | "conflict" | "beyond_scope" | "materials" | "other";
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                        methodName: {
                            zh: string;
                            en: string;
                        };
                        /** @enum {string} */
                        status: "inquiring" | "appraising" | "priced" | "failed" | "superseded";
                        statusName: {
                            zh: string;
                            en: string;
                        };
                        startedAt: string;
                        startedOn: string;
                        /** @description online inquiry: the end of the platforms’ period (3 days, 6 with the extension) */
                        dueAt: string | null;
                        extended: boolean;
                        basis: {
                            [key: string]: string;
                        } | null;
                        draw: {
                            /** @description `sha256-rank-v1` (docs/valuation.md) */
                            algorithm: string;
                            seed: string;
                            /** @description the agencies drawn from, in the published order */
                            list: string[];
                            count: number;
                            /** @description the agencies drawn, in order */
                            result: string[];
                            drawnAt: string;
                        } | null;
                        agencies: string[] | null;
                        /** @description the agency now working, an index into `agencies` */
                        agencyIndex: number | null;
                        reportDueOn: string | null;
                        reportExtensions: number;
                        reportNo: string | null;
                        reportReceivedOn: string | null;
                        servedOn: string | null;
                        objectionUntil: string | null;
                        results: {
                            platform: string;
                            name: string;
                            /** @description waiting, priced, declined, late, objected or failed */
                            status: string;
                            price: number | null;
                            reportNo: string | null;
                            reason: string | null;
                            deliveredAt: string | null;
                        }[];
                        /** @description the price this procedure set */
                        referencePrice: number | null;
                        determinedOn: string | null;
                        validUntil: string | null;
                        salePrice: number | null;
                        feePlatform: string | null;
                        note: string | null;
                        /** @description the expired procedure this one reissues (RefPrice 27) */
                        reissueOf: string | null;
                        stayedSince: string | null;
                        stays: {
                            from: string;
                            until: string | null;
                            reason: string;
                        }[];
                        returns: {
                            agency: string;
                            on: string;
                            reason: string;
                            note: string;
                            late: boolean;
                        }[];
                        createdBy: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postValuationsByIdStay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                        methodName: {
                            zh: string;
                            en: string;
                        };
                        /** @enum {string} */
                        status: "inquiring" | "appraising" | "priced" | "failed" | "superseded";
                        statusName: {
                            zh: string;
                            en: string;
                        };
                        startedAt: string;
                        startedOn: string;
                        /** @description online inquiry: the end of the platforms’ period (3 days, 6 with the extension) */
                        dueAt: string | null;
                        extended: boolean;
                        basis: {
                            [key: string]: string;
                        } | null;
                        draw: {
                            /** @description `sha256-rank-v1` (docs/valuation.md) */
                            algorithm: string;
                            seed: string;
                            /** @description the agencies drawn from, in the published order */
                            list: string[];
                            count: number;
                            /** @description the agencies drawn, in order */
                            result: string[];
                            drawnAt: string;
                        } | null;
                        agencies: string[] | null;
                        /** @description the agency now working, an index into `agencies` */
                        agencyIndex: number | null;
                        reportDueOn: string | null;
                        reportExtensions: number;
                        reportNo: string | null;
                        reportReceivedOn: string | null;
                        servedOn: string | null;
                        objectionUntil: string | null;
                        results: {
                            platform: string;
                            name: string;
                            /** @description waiting, priced, declined, late, objected or failed */
                            status: string;
                            price: number | null;
                            reportNo: string | null;
                            reason: string | null;
                            deliveredAt: string | null;
                        }[];
                        /** @description the price this procedure set */
                        referencePrice: number | null;
                        determinedOn: string | null;
                        validUntil: string | null;
                        salePrice: number | null;
                        feePlatform: string | null;
                        note: string | null;
                        /** @description the expired procedure this one reissues (RefPrice 27) */
                        reissueOf: string | null;
                        stayedSince: string | null;
                        stays: {
                            from: string;
                            until: string | null;
                            reason: string;
                        }[];
                        returns: {
                            agency: string;
                            on: string;
                            reason: string;
                            note: string;
                            late: boolean;
                        }[];
                        createdBy: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postValuationsByIdResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                        methodName: {
                            zh: string;
                            en: string;
                        };
                        /** @enum {string} */
                        status: "inquiring" | "appraising" | "priced" | "failed" | "superseded";
                        statusName: {
                            zh: string;
                            en: string;
                        };
                        startedAt: string;
                        startedOn: string;
                        /** @description online inquiry: the end of the platforms’ period (3 days, 6 with the extension) */
                        dueAt: string | null;
                        extended: boolean;
                        basis: {
                            [key: string]: string;
                        } | null;
                        draw: {
                            /** @description `sha256-rank-v1` (docs/valuation.md) */
                            algorithm: string;
                            seed: string;
                            /** @description the agencies drawn from, in the published order */
                            list: string[];
                            count: number;
                            /** @description the agencies drawn, in order */
                            result: string[];
                            drawnAt: string;
                        } | null;
                        agencies: string[] | null;
                        /** @description the agency now working, an index into `agencies` */
                        agencyIndex: number | null;
                        reportDueOn: string | null;
                        reportExtensions: number;
                        reportNo: string | null;
                        reportReceivedOn: string | null;
                        servedOn: string | null;
                        objectionUntil: string | null;
                        results: {
                            platform: string;
                            name: string;
                            /** @description waiting, priced, declined, late, objected or failed */
                            status: string;
                            price: number | null;
                            reportNo: string | null;
                            reason: string | null;
                            deliveredAt: string | null;
                        }[];
                        /** @description the price this procedure set */
                        referencePrice: number | null;
                        determinedOn: string | null;
                        validUntil: string | null;
                        salePrice: number | null;
                        feePlatform: string | null;
                        note: string | null;
                        /** @description the expired procedure this one reissues (RefPrice 27) */
                        reissueOf: string | null;
                        stayedSince: string | null;
                        stays: {
                            from: string;
                            until: string | null;
                            reason: string;
                        }[];
                        returns: {
                            agency: string;
                            on: string;
                            reason: string;
                            note: string;
                            late: boolean;
                        }[];
                        createdBy: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postValuationsByIdService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    servedOn?: string;
                    byPublication?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                        methodName: {
                            zh: string;
                            en: string;
                        };
                        /** @enum {string} */
                        status: "inquiring" | "appraising" | "priced" | "failed" | "superseded";
                        statusName: {
                            zh: string;
                            en: string;
                        };
                        startedAt: string;
                        startedOn: string;
                        /** @description online inquiry: the end of the platforms’ period (3 days, 6 with the extension) */
                        dueAt: string | null;
                        extended: boolean;
                        basis: {
                            [key: string]: string;
                        } | null;
                        draw: {
                            /** @description `sha256-rank-v1` (docs/valuation.md) */
                            algorithm: string;
                            seed: string;
                            /** @description the agencies drawn from, in the published order */
                            list: string[];
                            count: number;
                            /** @description the agencies drawn, in order */
                            result: string[];
                            drawnAt: string;
                        } | null;
                        agencies: string[] | null;
                        /** @description the agency now working, an index into `agencies` */
                        agencyIndex: number | null;
                        reportDueOn: string | null;
                        reportExtensions: number;
                        reportNo: string | null;
                        reportReceivedOn: string | null;
                        servedOn: string | null;
                        objectionUntil: string | null;
                        results: {
                            platform: string;
                            name: string;
                            /** @description waiting, priced, declined, late, objected or failed */
                            status: string;
                            price: number | null;
                            reportNo: string | null;
                            reason: string | null;
                            deliveredAt: string | null;
                        }[];
                        /** @description the price this procedure set */
                        referencePrice: number | null;
                        determinedOn: string | null;
                        validUntil: string | null;
                        salePrice: number | null;
                        feePlatform: string | null;
                        note: string | null;
                        /** @description the expired procedure this one reissues (RefPrice 27) */
                        reissueOf: string | null;
                        stayedSince: string | null;
                        stays: {
                            from: string;
                            until: string | null;
                            reason: string;
                        }[];
                        returns: {
                            agency: string;
                            on: string;
                            reason: string;
                            note: string;
                            late: boolean;
                        }[];
                        createdBy: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postValuationsByIdObjections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "procedural" | "substantive";
                    reason: string;
                    platform?: string;
                    upheld?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                        methodName: {
                            zh: string;
                            en: string;
                        };
                        /** @enum {string} */
                        status: "inquiring" | "appraising" | "priced" | "failed" | "superseded";
                        statusName: {
                            zh: string;
                            en: string;
                        };
                        startedAt: string;
                        startedOn: string;
                        /** @description online inquiry: the end of the platforms’ period (3 days, 6 with the extension) */
                        dueAt: string | null;
                        extended: boolean;
                        basis: {
                            [key: string]: string;
                        } | null;
                        draw: {
                            /** @description `sha256-rank-v1` (docs/valuation.md) */
                            algorithm: string;
                            seed: string;
                            /** @description the agencies drawn from, in the published order */
                            list: string[];
                            count: number;
                            /** @description the agencies drawn, in order */
                            result: string[];
                            drawnAt: string;
                        } | null;
                        agencies: string[] | null;
                        /** @description the agency now working, an index into `agencies` */
                        agencyIndex: number | null;
                        reportDueOn: string | null;
                        reportExtensions: number;
                        reportNo: string | null;
                        reportReceivedOn: string | null;
                        servedOn: string | null;
                        objectionUntil: string | null;
                        results: {
                            platform: string;
                            name: string;
                            /** @description waiting, priced, declined, late, objected or failed */
                            status: string;
                            price: number | null;
                            reportNo: string | null;
                            reason: string | null;
                            deliveredAt: string | null;
                        }[];
                        /** @description the price this procedure set */
                        referencePrice: number | null;
                        determinedOn: string | null;
                        validUntil: string | null;
                        salePrice: number | null;
                        feePlatform: string | null;
                        note: string | null;
                        /** @description the expired procedure this one reissues (RefPrice 27) */
                        reissueOf: string | null;
                        stayedSince: string | null;
                        stays: {
                            from: string;
                            until: string | null;
                            reason: string;
                        }[];
                        returns: {
                            agency: string;
                            on: string;
                            reason: string;
                            note: string;
                            late: boolean;
                        }[];
                        createdBy: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postValuationsByIdObjectionsByObjectionIdForwarded: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                objectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                        methodName: {
                            zh: string;
                            en: string;
                        };
                        /** @enum {string} */
                        status: "inquiring" | "appraising" | "priced" | "failed" | "superseded";
                        statusName: {
                            zh: string;
                            en: string;
                        };
                        startedAt: string;
                        startedOn: string;
                        /** @description online inquiry: the end of the platforms’ period (3 days, 6 with the extension) */
                        dueAt: string | null;
                        extended: boolean;
                        basis: {
                            [key: string]: string;
                        } | null;
                        draw: {
                            /** @description `sha256-rank-v1` (docs/valuation.md) */
                            algorithm: string;
                            seed: string;
                            /** @description the agencies drawn from, in the published order */
                            list: string[];
                            count: number;
                            /** @description the agencies drawn, in order */
                            result: string[];
                            drawnAt: string;
                        } | null;
                        agencies: string[] | null;
                        /** @description the agency now working, an index into `agencies` */
                        agencyIndex: number | null;
                        reportDueOn: string | null;
                        reportExtensions: number;
                        reportNo: string | null;
                        reportReceivedOn: string | null;
                        servedOn: string | null;
                        objectionUntil: string | null;
                        results: {
                            platform: string;
                            name: string;
                            /** @description waiting, priced, declined, late, objected or failed */
                            status: string;
                            price: number | null;
                            reportNo: string | null;
                            reason: string | null;
                            deliveredAt: string | null;
                        }[];
                        /** @description the price this procedure set */
                        referencePrice: number | null;
                        determinedOn: string | null;
                        validUntil: string | null;
                        salePrice: number | null;
                        feePlatform: string | null;
                        note: string | null;
                        /** @description the expired procedure this one reissues (RefPrice 27) */
                        reissueOf: string | null;
                        stayedSince: string | null;
                        stays: {
                            from: string;
                            until: string | null;
                            reason: string;
                        }[];
                        returns: {
                            agency: string;
                            on: string;
                            reason: string;
                            note: string;
                            late: boolean;
                        }[];
                        createdBy: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postValuationsByIdObjectionsByObjectionIdAnswered: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                objectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                        methodName: {
                            zh: string;
                            en: string;
                        };
                        /** @enum {string} */
                        status: "inquiring" | "appraising" | "priced" | "failed" | "superseded";
                        statusName: {
                            zh: string;
                            en: string;
                        };
                        startedAt: string;
                        startedOn: string;
                        /** @description online inquiry: the end of the platforms’ period (3 days, 6 with the extension) */
                        dueAt: string | null;
                        extended: boolean;
                        basis: {
                            [key: string]: string;
                        } | null;
                        draw: {
                            /** @description `sha256-rank-v1` (docs/valuation.md) */
                            algorithm: string;
                            seed: string;
                            /** @description the agencies drawn from, in the published order */
                            list: string[];
                            count: number;
                            /** @description the agencies drawn, in order */
                            result: string[];
                            drawnAt: string;
                        } | null;
                        agencies: string[] | null;
                        /** @description the agency now working, an index into `agencies` */
                        agencyIndex: number | null;
                        reportDueOn: string | null;
                        reportExtensions: number;
                        reportNo: string | null;
                        reportReceivedOn: string | null;
                        servedOn: string | null;
                        objectionUntil: string | null;
                        results: {
                            platform: string;
                            name: string;
                            /** @description waiting, priced, declined, late, objected or failed */
                            status: string;
                            price: number | null;
                            reportNo: string | null;
                            reason: string | null;
                            deliveredAt: string | null;
                        }[];
                        /** @description the price this procedure set */
                        referencePrice: number | null;
                        determinedOn: string | null;
                        validUntil: string | null;
                        salePrice: number | null;
                        feePlatform: string | null;
                        note: string | null;
                        /** @description the expired procedure this one reissues (RefPrice 27) */
                        reissueOf: string | null;
                        stayedSince: string | null;
                        stays: {
                            from: string;
                            until: string | null;
                            reason: string;
                        }[];
                        returns: {
                            agency: string;
                            on: string;
                            reason: string;
                            note: string;
                            late: boolean;
                        }[];
                        createdBy: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssetsByIdOwnSale: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    until: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        today: string;
                        /** @description the platform clock now */
                        now: string;
                        items: {
                            id: string;
                            /** @enum {string} */
                            method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                            methodName: {
                                zh: string;
                                en: string;
                            };
                            /** @enum {string} */
                            status: "inquiring" | "appraising" | "priced" | "failed" | "superseded";
                            statusName: {
                                zh: string;
                                en: string;
                            };
                            startedAt: string;
                            startedOn: string;
                            /** @description online inquiry: the end of the platforms’ period (3 days, 6 with the extension) */
                            dueAt: string | null;
                            extended: boolean;
                            basis: {
                                [key: string]: string;
                            } | null;
                            draw: {
                                /** @description `sha256-rank-v1` (docs/valuation.md) */
                                algorithm: string;
                                seed: string;
                                /** @description the agencies drawn from, in the published order */
                                list: string[];
                                count: number;
                                /** @description the agencies drawn, in order */
                                result: string[];
                                drawnAt: string;
                            } | null;
                            agencies: string[] | null;
                            /** @description the agency now working, an index into `agencies` */
                            agencyIndex: number | null;
                            reportDueOn: string | null;
                            reportExtensions: number;
                            reportNo: string | null;
                            reportReceivedOn: string | null;
                            servedOn: string | null;
                            objectionUntil: string | null;
                            results: {
                                platform: string;
                                name: string;
                                /** @description waiting, priced, declined, late, objected or failed */
                                status: string;
                                price: number | null;
                                reportNo: string | null;
                                reason: string | null;
                                deliveredAt: string | null;
                            }[];
                            /** @description the price this procedure set */
                            referencePrice: number | null;
                            determinedOn: string | null;
                            validUntil: string | null;
                            salePrice: number | null;
                            feePlatform: string | null;
                            note: string | null;
                            /** @description the expired procedure this one reissues (RefPrice 27) */
                            reissueOf: string | null;
                            stayedSince: string | null;
                            stays: {
                                from: string;
                                until: string | null;
                                reason: string;
                            }[];
                            returns: {
                                agency: string;
                                on: string;
                                reason: string;
                                note: string;
                                late: boolean;
                            }[];
                            createdBy: string;
                        }[];
                        /** @description the asset’s reference price in force */
                        current: {
                            valuationId: string;
                            amount: number;
                            /** @enum {string} */
                            method: "agreement" | "targeted_inquiry" | "online_inquiry" | "appraisal";
                            determinedOn: string;
                            validUntil: string;
                        } | null;
                        abilities: string[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminValuationLists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        platforms: {
                            code: string;
                            name: string;
                            endpoint: string;
                            active: boolean;
                            updatedAt: string;
                        }[];
                        agencies: {
                            code: string;
                            name: string;
                            active: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminPricePlatforms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    /** Format: uri */
                    endpoint: string;
                    key: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        platforms: {
                            code: string;
                            name: string;
                            endpoint: string;
                            active: boolean;
                            updatedAt: string;
                        }[];
                        agencies: {
                            code: string;
                            name: string;
                            active: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchAdminPricePlatformsByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    name?: string;
                    /** Format: uri */
                    endpoint?: string;
                    key?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        platforms: {
                            code: string;
                            name: string;
                            endpoint: string;
                            active: boolean;
                            updatedAt: string;
                        }[];
                        agencies: {
                            code: string;
                            name: string;
                            active: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAdminAppraisalAgencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        platforms: {
                            code: string;
                            name: string;
                            endpoint: string;
                            active: boolean;
                            updatedAt: string;
                        }[];
                        agencies: {
                            code: string;
                            name: string;
                            active: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchAdminAppraisalAgenciesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        platforms: {
                            code: string;
                            name: string;
                            endpoint: string;
                            active: boolean;
                            updatedAt: string;
                        }[];
                        agencies: {
                            code: string;
                            name: string;
                            active: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminOutbox: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            channel: string;
                            recipient: string;
                            template: string;
                            body: {
                                zh: string;
                                en: string;
                            };
                            state: string;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPeopleSignup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    realName: string;
                    idNumber: string;
                    phone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        phone: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `retry-after` header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPeopleCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        phone: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `retry-after` header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPeopleConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        person: {
                            id: string;
                            kind: string;
                            realName: string;
                            idNumber: string;
                            phone: string;
                        };
                        csrfToken: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `retry-after` header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeopleMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        person: {
                            id: string;
                            kind: string;
                            realName: string;
                            idNumber: string;
                            phone: string;
                        };
                        csrfToken: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPeopleSignout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssetsByIdAuctions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssetsByIdAuctions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    round: number;
                    title?: string;
                    startPrice: number;
                    deposit: number;
                    increment: number;
                    /** Format: date-time */
                    announcedAt: string;
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string;
                    paymentDays?: number;
                    priorityPurchasers?: {
                        name: string;
                        idNumber: string;
                        rank: number;
                    }[];
                    /** @description on a case suspended for a bankruptcy transfer: why the property must be sold now (perishable, seasonal, losing value; Bankruptcy 8) */
                    perishableReason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssetsByIdAuctionsCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    round: number;
                    title?: string;
                    startPrice: number;
                    deposit: number;
                    increment: number;
                    /** Format: date-time */
                    announcedAt: string;
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string;
                    paymentDays?: number;
                    priorityPurchasers?: {
                        name: string;
                        idNumber: string;
                        rank: number;
                    }[];
                    /** @description on a case suspended for a bankruptcy transfer: why the property must be sold now (perishable, seasonal, losing value; Bankruptcy 8) */
                    perishableReason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        referencePrice: number | null;
                        propertyClass: string;
                        previousStartPrice: number | null;
                        violations: {
                            ruleId: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            message: {
                                zh: string;
                                en: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssetsByIdAuctionsByAuctionIdPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                auctionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssetsByIdAuctionsByAuctionIdDefault: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                auctionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    costs?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        forfeited: number;
                        costs: number;
                        reserved: number;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssetsByIdSales: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    announcedAt: string;
                    increment: number;
                    title?: string;
                    paymentDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssetsByIdAuctionsByAuctionIdInKind: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                auctionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    partyId: string;
                    paysDifference?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assetId: string;
                        auctionId: string;
                        partyId: string;
                        takerCaseId: string;
                        price: number;
                        settled: number;
                        difference: number;
                        rulingDocumentId: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssetsByIdAuctionsByAuctionIdHandover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                auctionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            node: string;
                            dueAt: string | null;
                            doneAt: string | null;
                            doneBy: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssetsByIdAuctionsByAuctionIdHandover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                auctionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    node: "ruling_served" | "handover" | "vacated" | "title_transferred";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            node: string;
                            dueAt: string | null;
                            doneAt: string | null;
                            doneBy: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicAuctions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicAuctionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuctionsByIdBidders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    declaresNoConflict: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuctionsByIdBids: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        seq: number;
                        amount: number;
                        endsAt: string;
                        at: string;
                        bidder: string;
                        extended: boolean;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `retry-after` header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssetsByIdAuctionsByAuctionIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                auctionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putAssetsByIdAuctionsByAuctionIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                auctionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    documentIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            title: string;
                            fileName: string;
                            mediaType: string;
                            size: number;
                            sha256: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicAuctionsByIdDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicAuctionsByIdAttachmentsByDocumentId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdClosingCheck: {
        parameters: {
            query?: {
                method?: "dormant";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        /** @enum {string} */
                        method: "dormant";
                        /** @description every condition met */
                        ready: boolean;
                        conditions: {
                            ruleId: string;
                            clause: {
                                zh: string;
                                en: string;
                            };
                            title: {
                                zh: string;
                                en: string;
                            };
                            met: boolean;
                            /** @description what meets it */
                            evidence?: {
                                zh: string;
                                en: string;
                            };
                            /** @description what is missing */
                            missing?: {
                                zh: string;
                                en: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdDormant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description null: the case is not pooled */
                        entry: {
                            caseId: string;
                            courtId: string;
                            enteredOn: string;
                            /** @description the end of the 5 years of re-queries */
                            endsOn: string;
                            /** @description the cycle the next re-query belongs to (1-based) */
                            cycle: number;
                            nextDueOn: string | null;
                            lastQueriedOn: string | null;
                            lastRoundId: string | null;
                            queries: number;
                            found: number;
                            leftOn: string | null;
                            /** @enum {string|null} */
                            leftReason: "performed" | "terminated" | "restored" | "expired" | "removed" | null;
                            createdAt: string;
                        } | null;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByIdRestorations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        restoredFrom: {
                            id: string;
                            caseNumber: string;
                            restoredOn: string;
                        }[];
                        restoredAs: {
                            id: string;
                            caseNumber: string;
                            restoredOn: string;
                            /** @enum {string} */
                            ground: "court_found" | "applicant_lead";
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdDormantErrors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description entry: wrongly pooled; debtor, amounts, dates: wrong data
                     * @enum {string}
                     */
                    field: "entry" | "debtor" | "amounts" | "dates";
                    description: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errorId: string;
                        /** @description the day the error was recorded: `dormant.correct` counts from it */
                        dueOn: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdDormantCorrections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    errorId: string;
                    /** @enum {string} */
                    action: "correct" | "remove";
                    /** @description the right day of entry */
                    enteredOn?: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entry: {
                            caseId: string;
                            courtId: string;
                            enteredOn: string;
                            /** @description the end of the 5 years of re-queries */
                            endsOn: string;
                            /** @description the cycle the next re-query belongs to (1-based) */
                            cycle: number;
                            nextDueOn: string | null;
                            lastQueriedOn: string | null;
                            lastRoundId: string | null;
                            queries: number;
                            found: number;
                            leftOn: string | null;
                            /** @enum {string|null} */
                            leftReason: "performed" | "terminated" | "restored" | "expired" | "removed" | null;
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByIdRestore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 依职权（发现财产）或依申请（新线索）
                     * @default court_found
                     * @enum {string}
                     */
                    ground?: "court_found" | "applicant_lead";
                    /** @default 发现可供执行的财产 / property found */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNumber: string;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by rule or in conflict with the record’s state: `violations[]` names each rule and clause. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicDormant: {
        parameters: {
            query: {
                /** @description 被执行人姓名或名称（完整） */
                name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            caseNumber: string;
                            court: string;
                            debtor: {
                                name: string;
                                /** @enum {string} */
                                kind: "person" | "entity";
                                /** @description masked */
                                idNumber: string | null;
                                creditCode: string | null;
                            };
                            filedOn: string;
                            closedOn: string | null;
                            enteredOn: string;
                            claimAmount: number;
                            unpaidAmount: number;
                            /** @description the published ruling’s path */
                            ruling: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `retry-after` header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicDormantByIdRuling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNumber: string;
                        courtName: string;
                        title: string;
                        closedOn: string;
                        parties: {
                            /** @enum {string} */
                            role: "applicant" | "debtor";
                            name: string;
                            /** @enum {string} */
                            kind: "person" | "entity";
                            /** @description masked */
                            idNumber: string | null;
                            creditCode: string | null;
                        }[];
                        addressee: string;
                        paragraphs: string[];
                        signature: {
                            courtName: string;
                            date: string;
                        };
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record named in the path does not exist (or is outside the user’s court). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; retry after the `retry-after` header. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSupervisionDormant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        today: string;
                        courts: {
                            courtId: string;
                            code: string;
                            name: string;
                            closed: number;
                            dormant: number;
                            /** @description null: nothing closed */
                            dormantRate: number | null;
                            restored: number;
                            pooled: number;
                            requeryDue: number;
                            requeried: number;
                            /** @description null: no re-query due */
                            requeryCoverage: number | null;
                            closedWithConditionMissing: number;
                        }[];
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: the user lacks the permission, or a write lacks the CSRF header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postBankV1Statements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applied: number;
                        duplicates: number;
                    };
                };
            };
            /** @description Invalid request: the fields at fault in `errors[]` (also a URL that is not UTF-8, on any route). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in (or the signature of a partner call is refused). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
