'use strict';
// Drives the platforms' official Node SDKs against a running taskmonitor-simulator:
//   node sdk-conformance.js http://127.0.0.1:PORT
// Exits 0 when every check passes; prints one line per check.

const assert = require('node:assert/strict');
const lark = require('@larksuiteoapi/node-sdk');
const OpenApi = require('@alicloud/openapi-client');
const Util = require('@alicloud/tea-util');
const oauth2 = require('@alicloud/dingtalk/oauth2_1_0');
const storage = require('@alicloud/dingtalk/storage_1_0');
const doc2 = require('@alicloud/dingtalk/doc_2_0');

const base = process.argv[2];
if (!base) {
  console.error('usage: node sdk-conformance.js http://127.0.0.1:PORT');
  process.exit(2);
}
const endpoint = new URL(base).host;

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed += 1;
    console.log(`FAIL ${name}: ${e && e.stack ? e.stack : e}`);
  }
}

async function rejection(promise) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to fail');
}

const feishuApp = { appId: 'cli_conformance0001', appSecret: 'conformance-feishu-secret' };
const larkClient = new lark.Client({
  ...feishuApp,
  domain: base,
  logger: { error() {}, warn() {}, info() {}, debug() {}, trace() {} },
});

async function feishu() {
  await check('lark: tenant token', async () => {
    const res = await larkClient.auth.tenantAccessToken.internal({
      data: { app_id: feishuApp.appId, app_secret: feishuApp.appSecret },
    });
    assert.equal(res.code, 0);
    assert.equal(res.msg, 'ok');
    assert.match(res.tenant_access_token, /^t-/);
    // The simulator, like Feishu, hands out the SDK's cached token again with the seconds left.
    assert.ok(res.expire > 7100 && res.expire <= 7200, `expire ${res.expire}`);
    const cached = await larkClient.tokenManager.getTenantAccessToken();
    assert.equal(cached, res.tenant_access_token, 'the SDK cache and the API agree');
  });

  await check('lark: contact task', async () => {
    const res = await larkClient.request({
      method: 'GET',
      url: '/open-apis/contact/v2/task/get',
      params: { task_id: '123456784b68a7c89abcdef092dc09ea' },
    });
    assert.equal(res.code, 0);
    assert.equal(res.data.task_id, '123456784b68a7c89abcdef092dc09ea');
    assert.equal(res.data.type, 'add_user');
    assert.equal(res.data.status, 9);
    assert.equal(res.data.progress, 100);
    assert.equal(res.data.total_num, 2);
    assert.equal(res.data.fail_num, 1);
    assert.equal(res.data.create_time, 1659106507);
    assert.equal(res.data.finish_time, 1659106507);
    assert.equal(res.data.task_info.length, 2);
    assert.equal(res.data.task_info[0].open_id, 'ou_123456784b68a7c89abcdef092dc09ea');
    assert.equal(res.data.task_info[1].code, 10013);
    assert.equal(res.data.task_info[1].open_id, undefined);
  });

  await check('lark: drive task_check', async () => {
    const res = await larkClient.drive.v1.file.taskCheck({ params: { task_id: '7360595374803812356' } });
    assert.equal(res.code, 0);
    assert.equal(res.data.status, 'success');
  });

  await check('lark: report query, two pages', async () => {
    const query = (pageToken) =>
      larkClient.report.v1.task.query({
        params: { user_id_type: 'open_id' },
        data: {
          commit_start_time: 1622000000,
          commit_end_time: 1623000000,
          rule_id: '6969410005221015580',
          page_token: pageToken,
          page_size: 2,
        },
      });
    const first = await query('');
    assert.equal(first.code, 0);
    assert.equal(first.data.items.length, 2);
    assert.equal(first.data.has_more, true);
    assert.equal(first.data.items[0].task_id, '6969507459119693826');
    assert.equal(first.data.items[0].form_contents[0].field_name, '本周完成');
    assert.equal(first.data.items[0].form_contents[0].field_value, '4567');
    const second = await query(first.data.page_token);
    assert.equal(second.data.items.length, 1);
    assert.equal(second.data.has_more, false);
    assert.equal(second.data.page_token, undefined);
  });

  await check('lark: drive not found', async () => {
    const e = await rejection(larkClient.drive.v1.file.taskCheck({ params: { task_id: '1' } }));
    assert.equal(e.response.status, 404);
    assert.equal(e.response.data.code, 1061003);
    assert.equal(e.response.data.msg, 'not found.');
    assert.equal(e.response.data.error.log_id, e.response.headers['x-tt-logid']);
  });
}

function dingTalkConfig() {
  const config = new OpenApi.Config({});
  config.protocol = 'http';
  config.endpoint = endpoint;
  config.regionId = 'central';
  return config;
}

async function dingTalk() {
  let token = '';
  await check('dingtalk: access token', async () => {
    const client = new oauth2.default(dingTalkConfig());
    const res = await client.getAccessToken(
      new oauth2.GetAccessTokenRequest({ appKey: 'dingconformance0001', appSecret: 'conformance-dingtalk-secret' }),
    );
    assert.equal(res.statusCode, 200);
    assert.match(res.body.accessToken, /^[0-9a-f]{32}$/);
    assert.equal(res.body.expireIn, 7200);
    assert.ok(res.headers['x-acs-request-id']);
    token = res.body.accessToken;
  });

  await check('dingtalk: wrong secret', async () => {
    const client = new oauth2.default(dingTalkConfig());
    const e = await rejection(
      client.getAccessToken(new oauth2.GetAccessTokenRequest({ appKey: 'dingconformance0001', appSecret: 'x' })),
    );
    assert.equal(e.code, 'invalidClientIdOrSecret');
    assert.equal(e.data.statusCode, 400);
  });

  const storageClient = new storage.default(dingTalkConfig());
  const storageHeaders = () => {
    const h = new storage.GetTaskHeaders({});
    h.xAcsDingtalkAccessToken = token;
    return h;
  };
  await check('dingtalk: storage task', async () => {
    const res = await storageClient.getTaskWithOptions(
      'storage-task-1', new storage.GetTaskRequest({ unionId: 'union-1' }), storageHeaders(), new Util.RuntimeOptions({}),
    );
    assert.equal(res.statusCode, 200);
    const task = res.body.task;
    assert.equal(task.id, 'storage-task-1');
    assert.equal(task.status, 'SUCCESS');
    assert.equal(task.totalCount, 10);
    assert.equal(task.successCount, 9);
    assert.equal(task.failCount, 1);
    assert.equal(task.beginTime, '2022-07-29T14:55Z');
    assert.equal(task.endTime, '2022-07-29T14:55Z');
  });

  await check('dingtalk: storage task not found', async () => {
    const e = await rejection(storageClient.getTaskWithOptions(
      'no-such-task', new storage.GetTaskRequest({ unionId: 'union-1' }), storageHeaders(), new Util.RuntimeOptions({}),
    ));
    assert.equal(e.code, 'taskNotExist');
    assert.equal(e.data.statusCode, 404);
    assert.ok(e.data.requestid);
  });

  const docClient = new doc2.default(dingTalkConfig());
  const docHeaders = () => {
    const h = new doc2.GetTaskInfoHeaders({});
    h.xAcsDingtalkAccessToken = token;
    return h;
  };
  await check('dingtalk: doc task info', async () => {
    const res = await docClient.getTaskInfoWithOptions('12345678', docHeaders(), new Util.RuntimeOptions({}));
    assert.equal(res.statusCode, 200);
    assert.deepEqual(
      { ...res.body },
      { taskId: '12345678', status: 2, totalCount: 3, succCount: 2, failCount: 1 },
    );
  });

  await check('dingtalk: doc task not found', async () => {
    const e = await rejection(docClient.getTaskInfoWithOptions('87654321', docHeaders(), new Util.RuntimeOptions({})));
    assert.equal(e.code, 'taskNotExist');
    assert.equal(e.data.statusCode, 404);
  });

  await check('dingtalk: bad token', async () => {
    const h = new doc2.GetTaskInfoHeaders({});
    h.xAcsDingtalkAccessToken = 'not-a-token';
    const e = await rejection(docClient.getTaskInfoWithOptions('12345678', h, new Util.RuntimeOptions({})));
    assert.equal(e.code, 'InvalidAuthentication');
  });
}

async function simulatorSawThem() {
  await check('simulator: counted both families by account', async () => {
    const res = await fetch(`${base}/_simulator/stats`);
    const stats = await res.json();
    const ep = stats.endpoints;
    assert.ok(ep['feishu.token'].accounts['cli_conformance0001'].received >= 1);
    assert.equal(ep['feishu.report'].accounts['cli_conformance0001'].received, 2);
    assert.ok(ep['dingtalk.token'].accounts['dingconformance0001'].received >= 1);
    assert.equal(ep['dingtalk.doc'].accounts['dingconformance0001'].received, 2);
  });
}

(async () => {
  await feishu();
  await dingTalk();
  await simulatorSawThem();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
})();
