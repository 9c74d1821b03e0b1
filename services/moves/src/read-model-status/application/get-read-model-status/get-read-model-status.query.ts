export class GetReadModelStatusQuery {}
