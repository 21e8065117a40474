import Hummingbird

extension RouterMiddleware where Input == Request, Output == Response {
    /// Runs the rest of the chain and hands its status (a thrown error's own status, else 500)
    /// and its start time to `report`, whether it answered or threw.
    func observe(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response,
        report: (_ status: Int, _ start: ContinuousClock.Instant) -> Void
    ) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            report(response.status.code, start)
            return response
        } catch {
            report((error as? any HTTPResponseError)?.status.code ?? 500, start)
            throw error
        }
    }
}
