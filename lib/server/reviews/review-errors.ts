/** A review request that cannot be carried out, with the HTTP status that says why. */
export class ReviewError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
    this.name = "ReviewError";
  }
}
