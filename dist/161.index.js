export const id = 161;
export const ids = [161];
export const modules = {

/***/ 1161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyDeployment: () => (/* binding */ verifyDeployment)
/* harmony export */ });
/* harmony import */ var _report_heartbeat_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(990);
/* harmony import */ var _report_timeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1935);


async function verifyDeployment(deployment, ui, deadline) {
    const diagnose = deployment.diagnose?.bind(deployment);
    const signIn = deployment.signIn;
    if (signIn) {
        const { verifySignIn } = await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(721)]).then(__webpack_require__.bind(__webpack_require__, 7721));
        const v = await (0,_report_timeline_js__WEBPACK_IMPORTED_MODULE_0__/* .phase */ .Oi)('smoke test', () => ui.group('Sign-in check and smoke test', () => verifySignIn({
            endpoint: deployment.endpoint,
            signIn,
            ui,
            deadline,
            smoke: { deadline, diagnose }
        })));
        const signInLine = v.room === true ? 'door and room: 401 without a token, MCP with one' : v.room;
        return { tools: v.tools, signInLine };
    }
    const { smokeTest } = await Promise.all(/* import() */[__webpack_require__.e(600), __webpack_require__.e(676)]).then(__webpack_require__.bind(__webpack_require__, 7676));
    const smoke = await (0,_report_timeline_js__WEBPACK_IMPORTED_MODULE_0__/* .phase */ .Oi)('smoke test', () => ui.group('Smoke test', () => (0,_report_heartbeat_js__WEBPACK_IMPORTED_MODULE_1__/* .heartbeat */ .j)(ui, 'the smoke test', () => smokeTest({
        endpoint: deployment.endpoint,
        key: deployment.key,
        authLevel: deployment.authLevel,
        ui,
        deadline,
        diagnose
    }))));
    ui.info(`tools: ${smoke.tools.join(', ') || '(none)'}`);
    return { tools: smoke.tools, signInLine: '' };
}


/***/ })

};
